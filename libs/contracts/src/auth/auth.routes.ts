import { route, type RedirectResponse } from '../common/routes';
import { loginRequestSchema, oidcLoginQuerySchema, registerRequestSchema } from './auth.contracts';
import type { CsrfResponse, Me } from './auth.contracts';
import type { SsoStatus } from '../accounts/accounts.contracts';

/** AuthController (auth/auth.controller.ts). */
export const AUTH_ROUTES = {
  csrf: route('GET', '/auth/csrf').returns<CsrfResponse>(),
  register: route('POST', '/auth/register', { body: registerRequestSchema }).returns<Me>(),
  login: route('POST', '/auth/login', { body: loginRequestSchema }).returns<Me>(),
  logout: route('POST', '/auth/logout').returns<void>(),
} as const;

/** OidcController (auth/oidc.controller.ts). */
export const OIDC_ROUTES = {
  status: route('GET', '/auth/sso').returns<SsoStatus>(),
  login: route('GET', '/auth/oidc/login', { query: oidcLoginQuerySchema }).returns<RedirectResponse>(),
  callback: route('GET', '/auth/oidc/callback').returns<RedirectResponse>(),
} as const;
