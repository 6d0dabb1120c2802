import type { ConsultationStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** Status changes officials may make. */
export const TRANSITIONS: Record<ConsultationStatus, ConsultationStatus[]> = {
  draft: ['published'],
  published: ['closed'],
  closed: ['published', 'archived'],
  archived: [],
};

/** Who may do what with consultations; `facilitator` is per consultation. */
export const ConsultationsPolicy = {
  canCreate: (user?: UserEntity) => isStaff(user),
  canEdit: (user?: UserEntity) => isStaff(user),
  /** Drafts are for officials and the consultation's facilitators; the rest is public. */
  canSee: (user: UserEntity | undefined, status: ConsultationStatus, isFacilitator: boolean) =>
    status !== 'draft' || isStaff(user) || isFacilitator,
  /** Results, dashboard details, interviews: officials and this consultation's facilitators. */
  canSeeData: (user: UserEntity | undefined, isFacilitator: boolean) => isStaff(user) || isFacilitator,
  /** Exports with personal details (names, e-mails): officials only. */
  canSeePersonalData: (user?: UserEntity) => isStaff(user),
  canTransition: (from: ConsultationStatus, to: ConsultationStatus) => TRANSITIONS[from].includes(to),
};
