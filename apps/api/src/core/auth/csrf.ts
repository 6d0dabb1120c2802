import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens bound to the session: the httpOnly csrf cookie holds a random nonce, and the token
 * is an HMAC keyed with it over the session (its stored hash, which only the server knows) or
 * "anonymous". A value chosen by an attacker and planted as cookie and header does not verify,
 * and a token stops working when the session changes (sign-in, sign-out): login, register and
 * logout answer the new one in the X-CSRF-Token response header.
 */
export function csrfToken(nonce: string, sessionHash: string | undefined): string {
  return createHmac('sha256', nonce)
    .update(`polyphony-csrf|${sessionHash ?? 'anonymous'}`)
    .digest('base64url');
}

export function csrfValid(nonce: unknown, sessionHash: string | undefined, token: unknown): boolean {
  if (typeof nonce !== 'string' || nonce.length < 32 || typeof token !== 'string') return false;
  const expected = Buffer.from(csrfToken(nonce, sessionHash));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
