import { route, type FileResponse } from '../common/routes';
import { changePasswordRequestSchema, deleteAccountRequestSchema, updateProfileRequestSchema } from '../auth/auth.contracts';
import { setRoleRequestSchema, userListQuerySchema } from './users.contracts';
import { blockUserRequestSchema } from '../accounts/accounts.contracts';
import type { Me } from '../auth/auth.contracts';
import type { Page } from '../common/pagination';
import type { MyOrganisation } from '../organisations/organisations.contracts';
import type { UserSummary } from './users.contracts';

/** MeController (users/me.controller.ts). */
export const ME_ROUTES = {
  me: route('GET', '/me').returns<Me>(),
  update: route('PATCH', '/me', { body: updateProfileRequestSchema }).returns<Me>(),
  changePassword: route('POST', '/me/password', { body: changePasswordRequestSchema }).returns<void>(),
  export: route('GET', '/me/export').returns<FileResponse<'application/json'>>(),
  myOrganisations: route('GET', '/me/organisations').returns<{ items: MyOrganisation[] }>(),
  remove: route('DELETE', '/me', { body: deleteAccountRequestSchema }).returns<void>(),
} as const;

/** UsersController (users/users.controller.ts). */
export const USERS_ROUTES = {
  list: route('GET', '/users', { query: userListQuerySchema }).returns<Page<UserSummary>>(),
  setRole: route('PUT', '/users/:id/role', { body: setRoleRequestSchema }).returns<UserSummary>(),
  block: route('POST', '/users/:id/block', { body: blockUserRequestSchema }).returns<UserSummary>(),
  unblock: route('DELETE', '/users/:id/block').returns<UserSummary>(),
  export: route('GET', '/users/:id/export').returns<FileResponse<'application/json'>>(),
} as const;
