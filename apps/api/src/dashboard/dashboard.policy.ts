import type { UserEntity } from '../users/user.entity';
import { ConsultationsPolicy } from '../consultations/consultations.policy';

/** Who sees which stakeholder balance. */
export const DashboardPolicy = {
  /** The detailed balance of one consultation: officials and its facilitators. */
  canSeeConsultation: (user: UserEntity | undefined, isFacilitator: boolean) => ConsultationsPolicy.canSeeData(user, isFacilitator),
  /** The balance across every consultation: officials and admins. */
  canSeeOverall: (user?: UserEntity) => ConsultationsPolicy.canEdit(user),
  /** The public balance (aggregates, small cells hidden): anyone who may see the consultation. */
  canSeePublic: () => true,
};
