import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** Who may invite people and follow invitations: officials and admins. */
export const InvitationsPolicy = {
  canInvite: (actor: UserEntity | undefined) => isStaff(actor),
};
