import type { UserEntity } from '../users/user.entity';

/** Who may do what in moderation. */
export const ModerationPolicy = {
  /** Anyone signed in reports content. */
  canReport: (user?: UserEntity) => Boolean(user),
  /** The queue, hide/restore/dismiss and the audit log: officials and admins. */
  canModerate: (user?: UserEntity) => user?.role === 'admin' || user?.role === 'official',
};
