import { Controller, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  loginRequestSchema,
  negotiateLanguage,
  registerRequestSchema,
  type CsrfResponse,
  type LoginRequest,
  type Me,
  AUTH_ROUTES,
} from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { type Parsed, ZodBody } from '../core/errors/zod-validation';
import { csrfNonce, endSessionCookie, startSessionCookie } from '../core/auth/session-cookie';
import { csrfToken } from '../core/auth/csrf';
import type { AuthedRequest } from '../core/http/request-context';
import { toMe } from '../users/user.mapper';
import { AuthService, type ClientMeta } from './auth.service';
import { SessionsService } from './sessions.service';
import { AccountsService } from './accounts.service';

const meta = (req: AuthedRequest): ClientMeta => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Route(AUTH_ROUTES.csrf)
  @ApiOperation({
    summary: 'CSRF token to send in X-CSRF-Token on every non-GET request (bound to this session: fetch it again after signing in or out)',
  })
  csrf(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): CsrfResponse {
    const token = csrfToken(csrfNonce(req, res, this.env), req.sessionHash);
    res.setHeader('Cache-Control', 'no-store');
    return { token };
  }

  @Route(AUTH_ROUTES.register)
  @ApiOperation({ summary: 'Create an account and sign in (a verification link is e-mailed)' })
  async register(
    @ZodBody(registerRequestSchema) body: Parsed<typeof registerRequestSchema>,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const { user, token } = await this.auth.register(body, meta(req));
    startSessionCookie(req, res, this.env, token, this.sessions.ttlMs);
    await this.accounts.sendVerification(user);
    return toMe(user);
  }

  @Route(AUTH_ROUTES.login)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (rate limited per e-mail and per address)' })
  async login(
    @ZodBody(loginRequestSchema) body: LoginRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    if (req.sessionHash) await this.sessions.close(req.sessionHash);
    const { user, token } = await this.auth.login(body, meta(req), negotiateLanguage(req.headers['accept-language']));
    startSessionCookie(req, res, this.env, token, this.sessions.ttlMs);
    return toMe(user);
  }

  @Route(AUTH_ROUTES.logout)
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out of this session' })
  async logout(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionHash) await this.sessions.close(req.sessionHash);
    endSessionCookie(req, res, this.env);
  }
}
