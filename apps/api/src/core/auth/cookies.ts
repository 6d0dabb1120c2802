import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'polyphony_sid';
export const CSRF_COOKIE = 'polyphony_csrf';

export function cookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function clearAuthCookies(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}
