import type { CookieOptions, Request, Response } from 'express';
import type { Env } from '../config/env';

/** Cookie names over plain http (development, tests, a server opened as http://host:3000). */
export const SESSION_COOKIE = 'polyphony_sid';
export const CSRF_COOKIE = 'polyphony_csrf';

/**
 * Over https the cookies are Secure and carry the `__Host-` prefix: the browser then only accepts
 * them from this exact host over https, with Path=/ and no Domain, so no sibling site or plain-http
 * page can plant or overwrite them.
 */
export const sessionCookieName = (secure: boolean) => (secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);
export const csrfCookieName = (secure: boolean) => (secure ? `__Host-${CSRF_COOKIE}` : CSRF_COOKIE);

/**
 * Whether this request's cookies are Secure: COOKIE_SECURE when set, else whether the request came
 * over https, directly or through a proxy trusted with TRUST_PROXY (its X-Forwarded-Proto). So
 * `npm start` opened as http://server:3000 keeps working, and https gets Secure cookies.
 */
export const secureCookies = (req: Request, env: Pick<Env, 'COOKIE_SECURE'>) => env.COOKIE_SECURE ?? req.secure;

export function cookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

/** The session token of a request (only the cookie name its scheme allows). */
export const sessionTokenOf = (cookies: Record<string, unknown> | undefined, secure: boolean): unknown =>
  cookies?.[sessionCookieName(secure)];

export function clearAuthCookies(res: Response, secure: boolean) {
  res.clearCookie(sessionCookieName(secure), cookieOptions(secure));
}
