import type { EvaluationStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** Who may do what with accountability data. Reading follows the plan's visibility; only officials (and admins) write. */
export const AccountabilityPolicy = {
  /** Update an action's tracking, record measurements and externalities, edit partners and networks, write evaluations. */
  canEdit: (user?: UserEntity) => isStaff(user),
  /** A published evaluation is public (where its plan is); a draft is for officials only (others get 404: drafts are not advertised). */
  canSeeEvaluation: (user: UserEntity | undefined, status: EvaluationStatus) => status === 'published' || isStaff(user),
  /** The text of a draft can be changed; a published one is frozen. */
  canEditEvaluation: (user: UserEntity | undefined, status: EvaluationStatus) => isStaff(user) && status === 'draft',
  /** The follow-up of recommendations goes on after publication. */
  canFollowUp: (user?: UserEntity) => isStaff(user),
};
