import type { PlanStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** Who may do what with the plan. Facilitators are not plan editors: only officials draft and decide. */
export const PlanPolicy = {
  /** Create plans, edit sections, save, restore and publish versions, accept or reject suggestions. */
  canEdit: (user?: UserEntity) => isStaff(user),
  /** The working draft and unpublished versions. */
  canSeeDraft: (user?: UserEntity) => isStaff(user),
  /** A plan is public once it has a review version or is adopted. */
  canSeePlan: (user: UserEntity | undefined, status: PlanStatus, hasPublicVersion: boolean) =>
    isStaff(user) || status === 'adopted' || hasPublicVersion,
  /** A version: officials see every one; others only versions published for review (open or closed). */
  canSeeVersion: (user: UserEntity | undefined, review: 'none' | 'open' | 'closed') => isStaff(user) || review !== 'none',
  /** Any signed-in person annotates a version whose review is open. */
  canAnnotate: (user: UserEntity | undefined, review: 'none' | 'open' | 'closed') => !!user && review === 'open',
  canAnswer: (user?: UserEntity) => isStaff(user),
};
