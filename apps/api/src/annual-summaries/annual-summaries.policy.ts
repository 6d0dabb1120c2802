import type { UserEntity } from '../users/user.entity';

const isStaff = (user?: UserEntity) => user?.role === 'admin' || user?.role === 'official';

/**
 * Who may do what with annual summaries. Published summaries are public; drafts are seen,
 * generated, edited and published only by officials and admins (facilitators are participants).
 */
export const SummariesPolicy = {
  canManage: (user?: UserEntity) => isStaff(user),
  canSeeDraft: (user?: UserEntity) => isStaff(user),
};
