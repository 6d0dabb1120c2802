import type { UserEntity } from '../users/user.entity';

/** Who may invite people and follow invitations: officials and admins. */
export const InvitationsPolicy = {
  canInvite: (actor: UserEntity | undefined) => actor?.role === 'admin' || actor?.role === 'official',
};
