import type { UserEntity } from '../users/user.entity';

/** Only admins set the instance up and change its settings. */
export const SettingsPolicy = {
  canSetUp: (actor: UserEntity) => actor.role === 'admin',
  canEdit: (actor: UserEntity) => actor.role === 'admin',
};
