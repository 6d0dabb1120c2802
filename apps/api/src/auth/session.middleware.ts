import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AuthedRequest } from '../core/http/request-context';
import { secureCookies, sessionTokenOf } from '../core/auth/cookies';
import { ENV, type Env } from '../core/config/env';
import { SessionsService } from './sessions.service';

/** Attaches the signed-in user (if any) to the request. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async use(req: AuthedRequest, _res: Response, next: NextFunction) {
    // Health answers whoever asks, and must answer (503) while the database is down.
    if (req.path === '/api/health') return next();
    const token = sessionTokenOf(req.cookies, secureCookies(req, this.env));
    if (typeof token === 'string' && token.length >= 32 && token.length <= 100) {
      const found = await this.sessions.resolve(token);
      if (found) {
        req.user = found.user;
        req.sessionHash = found.hash;
      }
    }
    next();
  }
}
