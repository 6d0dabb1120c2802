import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/**
 * Who may do what with annual summaries. Published summaries are public; drafts are seen,
 * generated, edited and published only by officials and admins (facilitators are participants).
 */
export const SummariesPolicy = {
  canManage: (user?: UserEntity) => isStaff(user),
  canSeeDraft: (user?: UserEntity) => isStaff(user),
};
