import type { UserEntity } from '../users/user.entity';

/** The taxonomy is public to read; only admins shape it. */
export const TaxonomyPolicy = {
  canEdit: (actor: UserEntity) => actor.role === 'admin',
};
