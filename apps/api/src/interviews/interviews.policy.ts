import type { InterviewStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { ConsultationsPolicy } from '../consultations/consultations.policy';

/** Who may do what with interviews and meetings (per consultation). */
export const InterviewsPolicy = {
  /** Interviews, their guide, notes and key points: officials and the consultation's facilitators only. */
  canManage: (user: UserEntity | undefined, isFacilitator: boolean) => ConsultationsPolicy.canSeeData(user, isFacilitator),
  /** Key points are what was said: only a held interview has them. */
  canHaveKeyPoints: (status: InterviewStatus) => status === 'held',
};
