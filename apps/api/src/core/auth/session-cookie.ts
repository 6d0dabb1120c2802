import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';
import type { Env } from '../config/env';
import type { AuthedRequest } from '../http/request-context';
import { clearAuthCookies, cookieOptions, csrfCookieName, secureCookies, sessionCookieName } from './cookies';
import { csrfToken } from './csrf';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The csrf cookie's nonce of this request, set when missing. */
export function csrfNonce(req: AuthedRequest, res: Response, env: Pick<Env, 'COOKIE_SECURE'>): string {
  const secure = secureCookies(req, env);
  const name = csrfCookieName(secure);
  let nonce = req.cookies?.[name];
  if (typeof nonce !== 'string' || nonce.length < 32 || nonce.length > 100) {
    nonce = randomBytes(32).toString('base64url');
    res.cookie(name, nonce, cookieOptions(secure));
    req.cookies = { ...req.cookies, [name]: nonce };
  }
  return nonce;
}

/**
 * Every way of signing in (password, link, OpenID) ends here: the session cookie under the name and
 * flags the request's scheme allows, and the new session's CSRF token in the X-CSRF-Token header.
 */
export function startSessionCookie(req: AuthedRequest, res: Response, env: Pick<Env, 'COOKIE_SECURE'>, token: string, maxAgeMs: number) {
  const secure = secureCookies(req, env);
  res.cookie(sessionCookieName(secure), token, cookieOptions(secure, maxAgeMs));
  res.setHeader('X-CSRF-Token', csrfToken(csrfNonce(req, res, env), hash(token)));
}

/** Signing out: the cookie cleared and the anonymous CSRF token handed back. */
export function endSessionCookie(req: AuthedRequest, res: Response, env: Pick<Env, 'COOKIE_SECURE'>) {
  clearAuthCookies(res, secureCookies(req, env));
  res.setHeader('X-CSRF-Token', csrfToken(csrfNonce(req, res, env), undefined));
}
