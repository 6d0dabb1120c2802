import type { UserEntity } from '../users/user.entity';

const isStaff = (user?: UserEntity) => user?.role === 'admin' || user?.role === 'official';

/** Who may do what with accountability data. Reading follows the plan's visibility; only officials (and admins) write. */
export const AccountabilityPolicy = {
  /** Update an action's tracking, record measurements and externalities, edit partners and networks. */
  canEdit: (user?: UserEntity) => isStaff(user),
};
