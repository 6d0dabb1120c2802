import type { Env } from '../core/config/env';

/** The address people open; links in e-mails and admin links start with it. */
export const publicUrl = (env: Env) => env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;

export const ACCOUNT_LINK_PATHS = {
  password_reset: '/reset-password',
  email_verify: '/verify-email',
  email_change: '/confirm-email',
  sign_in: '/sign-in-link',
} as const;

export const accountLink = (env: Env, path: string, token: string) => `${publicUrl(env)}${path}?token=${encodeURIComponent(token)}`;
