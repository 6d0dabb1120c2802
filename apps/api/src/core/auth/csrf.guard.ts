import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER } from '@polyphony/contracts';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import { CSRF_COOKIE } from './cookies';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit check: every non-GET request must echo, in X-CSRF-Token, the random
 * value of the httpOnly csrf cookie that `GET /api/auth/csrf` set and returned.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE.has(req.method)) return true;
    const cookie = req.cookies?.[CSRF_COOKIE];
    const header = req.headers[CSRF_HEADER];
    if (typeof cookie !== 'string' || typeof header !== 'string' || cookie.length < 32) throw new AppError('csrf_invalid', 403);
    const a = Buffer.from(cookie);
    const b = Buffer.from(header);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError('csrf_invalid', 403);
    return true;
  }
}
