import { Controller, Inject, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { OIDC_ROUTES, oidcLoginQuerySchema, safeNextPathSchema } from '@polyphony/contracts';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { SsoStatus } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { cookieOptions, secureCookies } from '../core/auth/cookies';
import { startSessionCookie } from '../core/auth/session-cookie';
import { AppError } from '../core/errors/app-error';
import { type Parsed, ZodQuery } from '../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../core/http/request-context';
import { publicUrl } from './account-links';
import { OidcService, type OidcPending } from './oidc.service';
import { SessionsService } from './sessions.service';

const PENDING_COOKIE = 'polyphony_oidc';

@ApiTags('auth')
@Controller()
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** The pending cookie follows the request's scheme, like the session cookie. */
  private secure(req: AuthedRequest) {
    return secureCookies(req, this.env);
  }

  @Route(OIDC_ROUTES.status)
  @ApiOperation({ summary: 'Whether single sign-on is offered, and its label' })
  status(): SsoStatus {
    return this.oidc.status();
  }

  @Route(OIDC_ROUTES.login)
  @ApiOperation({ summary: 'Leave for the OpenID provider (authorization code with PKCE)' })
  async login(@ZodQuery(oidcLoginQuerySchema) query: Parsed<typeof oidcLoginQuerySchema>, @Req() req: AuthedRequest, @Res() res: Response) {
    const { url, pending } = await this.oidc.start(query.next);
    res.cookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      ...cookieOptions(this.secure(req), 10 * 60 * 1000),
    });
    res.redirect(303, url);
  }

  @Route(OIDC_ROUTES.callback)
  @ApiOperation({ summary: 'Back from the OpenID provider: signs in and returns to the page asked for' })
  async callback(@Req() req: AuthedRequest, @Res() res: Response) {
    res.clearCookie(PENDING_COOKIE, cookieOptions(this.secure(req)));
    let pending: OidcPending | undefined;
    try {
      pending = JSON.parse(Buffer.from(String(req.cookies?.[PENDING_COOKIE] ?? ''), 'base64url').toString('utf8'));
    } catch {
      pending = undefined;
    }
    try {
      if (!pending?.state || !pending.verifier || !pending.nonce) throw new AppError('auth.sso_failed');
      const url = new URL(req.originalUrl, publicUrl(this.env));
      const { token } = await this.oidc.finish(url, pending, { ip: req.ip, userAgent: req.headers['user-agent'] }, requestLanguage(req));
      if (req.sessionHash) await this.sessions.close(req.sessionHash);
      startSessionCookie(req, res, this.env, token, this.sessions.ttlMs);
      // The pending cookie comes back from the browser: its `next` is checked again.
      res.redirect(303, safeNextPathSchema.parse(pending.next));
    } catch (error) {
      const code = error instanceof AppError && error.code === 'auth.account_blocked' ? 'blocked' : 'failed';
      res.redirect(303, `/login?sso=${code}`);
    }
  }
}
