import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { CSRF_HEADER } from '@polyphony/contracts';
import { ENV, type Env } from '../config/env';
import { AppError } from '../errors/app-error';
import type { AuthedRequest } from '../http/request-context';
import { csrfCookieName, secureCookies } from './cookies';
import { csrfValid } from './csrf';
import { fromThisSite } from './origin';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every non-GET request must come from this site (Origin / Referer) and carry, in X-CSRF-Token,
 * the token of `GET /api/auth/csrf`, bound to the csrf cookie and to the current session. A token
 * that comes without its cookie answers `cookies_missing`, so the page can say what is wrong.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(ENV) private readonly env: Env) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (SAFE.has(req.method)) return true;
    if (!fromThisSite(req.headers, this.env)) throw new AppError('origin_forbidden');
    const nonce = req.cookies?.[csrfCookieName(secureCookies(req, this.env))];
    // A token from GET /api/auth/csrf, which set the cookie, but no cookie came back: the browser did not keep it
    // (cookies blocked, or Secure cookies on a plain-http page). Say so, rather than "token out of date".
    if (nonce === undefined && typeof req.headers[CSRF_HEADER] === 'string') throw new AppError('cookies_missing');
    if (!csrfValid(nonce, req.sessionHash, req.headers[CSRF_HEADER])) throw new AppError('csrf_invalid');
    return true;
  }
}
