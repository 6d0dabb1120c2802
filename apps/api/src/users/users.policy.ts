import type { UserEntity } from './user.entity';
import { isStaff } from '../core/auth/staff';

/** Who may do what with people's accounts. */
export const UsersPolicy = {
  canListUsers: (actor: UserEntity) => isStaff(actor),
  canSeeEmails: (actor: UserEntity) => actor.role === 'admin',
  canGrantRoles: (actor: UserEntity) => actor.role === 'admin',
  /** Personal data goes to its owner only: not even admins read someone else's export. */
  canExport: (actor: UserEntity, targetId: string) => actor.id === targetId,
  /** An admin cannot demote themself: there must always be someone able to grant roles. */
  canChangeRoleOf: (actor: UserEntity, targetId: string) => actor.role === 'admin' && actor.id !== targetId,
  /** Admins block others, never themselves. */
  canBlock: (actor: UserEntity, targetId: string) => actor.role === 'admin' && actor.id !== targetId,
};
