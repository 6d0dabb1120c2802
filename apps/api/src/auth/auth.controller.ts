import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import {
  loginRequestSchema,
  registerRequestSchema,
  type CsrfResponse,
  type LoginRequest,
  type Me,
  type RegisterRequest,
} from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { ZodBody } from '../core/errors/zod-validation';
import { clearAuthCookies, cookieOptions, csrfCookieName, secureCookies, sessionCookieName } from '../core/auth/cookies';
import { csrfToken } from '../core/auth/csrf';
import type { AuthedRequest } from '../core/http/request-context';
import { toMe } from '../users/user.mapper';
import { AuthService, type ClientMeta } from './auth.service';
import { SessionsService, hashToken } from './sessions.service';

const meta = (req: AuthedRequest): ClientMeta => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private secure(req: AuthedRequest) {
    return secureCookies(req, this.env);
  }

  /** The csrf cookie's nonce, set when missing. */
  private nonce(req: AuthedRequest, res: Response): string {
    const name = csrfCookieName(this.secure(req));
    let nonce = req.cookies?.[name];
    if (typeof nonce !== 'string' || nonce.length < 32 || nonce.length > 100) {
      nonce = randomBytes(32).toString('base64url');
      res.cookie(name, nonce, cookieOptions(this.secure(req)));
      req.cookies = { ...req.cookies, [name]: nonce };
    }
    return nonce;
  }

  /** After sign-in or sign-out the session changed: the new token goes back in the X-CSRF-Token header. */
  private sessionChanged(req: AuthedRequest, res: Response, sessionToken: string | undefined) {
    res.setHeader('X-CSRF-Token', csrfToken(this.nonce(req, res), sessionToken ? hashToken(sessionToken) : undefined));
  }

  @Get('csrf')
  @ApiOperation({
    summary: 'CSRF token to send in X-CSRF-Token on every non-GET request (bound to this session: fetch it again after signing in or out)',
  })
  csrf(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): CsrfResponse {
    const token = csrfToken(this.nonce(req, res), req.sessionHash);
    res.setHeader('Cache-Control', 'no-store');
    return { token };
  }

  @Post('register')
  @ApiOperation({ summary: 'Create an account and sign in' })
  async register(
    @ZodBody(registerRequestSchema) body: RegisterRequest & { email: string },
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const { user, token } = await this.auth.register(body, meta(req));
    res.cookie(sessionCookieName(this.secure(req)), token, cookieOptions(this.secure(req), this.sessions.ttlMs));
    this.sessionChanged(req, res, token);
    return toMe(user);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (rate limited per e-mail and per address)' })
  async login(
    @ZodBody(loginRequestSchema) body: LoginRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    if (req.sessionHash) await this.sessions.close(req.sessionHash);
    const { user, token } = await this.auth.login(body, meta(req));
    res.cookie(sessionCookieName(this.secure(req)), token, cookieOptions(this.secure(req), this.sessions.ttlMs));
    this.sessionChanged(req, res, token);
    return toMe(user);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out of this session' })
  async logout(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionHash) await this.sessions.close(req.sessionHash);
    clearAuthCookies(res, this.secure(req));
    this.sessionChanged(req, res, undefined);
  }
}
