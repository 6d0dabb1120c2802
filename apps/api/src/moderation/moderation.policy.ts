import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** Who may do what in moderation. */
export const ModerationPolicy = {
  /** Anyone signed in reports content. */
  canReport: (user?: UserEntity) => Boolean(user),
  /** The queue, hide/restore/dismiss and the audit log: officials and admins. */
  canModerate: (user?: UserEntity) => isStaff(user),
};
