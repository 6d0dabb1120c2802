import type { IncomingHttpHeaders } from 'node:http';
import type { Env } from '../config/env';

/**
 * Whether a request comes from this site. Browsers send Origin on every cross-site POST, PUT,
 * PATCH, DELETE and WebSocket handshake (Referer when Origin is absent): when either is present,
 * its host must be the one the request was addressed to (X-Forwarded-Host behind a trusted proxy),
 * or one of ALLOWED_ORIGINS, or in development any localhost port (the Vite dev server's proxy).
 * With neither header (programs, curl) the CSRF token alone decides.
 */
export function fromThisSite(headers: IncomingHttpHeaders, env: Pick<Env, 'TRUST_PROXY' | 'ALLOWED_ORIGINS' | 'NODE_ENV'>): boolean {
  const source = first(headers.origin) ?? first(headers.referer);
  if (!source) return true;
  let origin: URL;
  try {
    origin = new URL(source);
  } catch {
    return false;
  }
  const forwarded = env.TRUST_PROXY ? first(headers['x-forwarded-host'])?.split(',')[0]?.trim() : undefined;
  const host = forwarded ?? first(headers.host);
  if (host && origin.host.toLowerCase() === host.toLowerCase()) return true;
  if (env.ALLOWED_ORIGINS.includes(origin.origin.toLowerCase())) return true;
  return env.NODE_ENV === 'development' && (origin.hostname === 'localhost' || origin.hostname === '127.0.0.1');
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
