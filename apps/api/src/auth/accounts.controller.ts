import { Controller, HttpCode, Inject, Param, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  accountSettingsSchema,
  adminLinkRequestSchema,
  changeEmailRequestSchema,
  forgotPasswordRequestSchema,
  outboxQuerySchema,
  resetPasswordRequestSchema,
  tokenRequestSchema,
  type AccountSettings,
  type AdminLinkRequest,
  type ChangeEmailRequest,
  type ForgotPasswordRequest,
  type Me,
  type ResetPasswordRequest,
  type TokenRequest,
  ACCOUNTS_ROUTES,
  ACCOUNTS_ADMIN_ROUTES,
} from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { startSessionCookie } from '../core/auth/session-cookie';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { AuthedRequest } from '../core/http/request-context';
import { MailerService } from '../notifications/mailer.service';
import { OutboxService } from '../notifications/outbox.service';
import type { UserEntity } from '../users/user.entity';
import { toMe } from '../users/user.mapper';
import { AccountSettingsService } from './account-settings.service';
import { AccountsService } from './accounts.service';
import type { ClientMeta } from './auth.service';
import { SessionsService } from './sessions.service';
import { UuidParam } from '../core/http/params';

const meta = (req: AuthedRequest): ClientMeta => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

/** Links by e-mail: forgotten password, verification, change of address, one-time sign-in. */
@ApiTags('auth')
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Route(ACCOUNTS_ROUTES.forgot)
  @HttpCode(202)
  @ApiOperation({ summary: 'E-mail a reset link (the same answer whether or not the address has an account)' })
  async forgot(@ZodBody(forgotPasswordRequestSchema) body: ForgotPasswordRequest, @Req() req: AuthedRequest): Promise<void> {
    await this.accounts.forgotPassword(body.email, meta(req));
  }

  @Route(ACCOUNTS_ROUTES.reset)
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a new password with a reset link (every session ends)' })
  async reset(@ZodBody(resetPasswordRequestSchema) body: ResetPasswordRequest, @Req() req: AuthedRequest): Promise<void> {
    await this.accounts.resetPassword(body, meta(req));
  }

  @Route(ACCOUNTS_ROUTES.verify)
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm an e-mail address with the link sent to it' })
  async verify(@ZodBody(tokenRequestSchema) body: TokenRequest): Promise<void> {
    await this.accounts.verifyEmail(body.token);
  }

  @Route(ACCOUNTS_ROUTES.confirm)
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm a change of e-mail address with the link sent to the new address' })
  async confirm(@ZodBody(tokenRequestSchema) body: TokenRequest): Promise<void> {
    await this.accounts.confirmEmailChange(body.token);
  }

  @Route(ACCOUNTS_ROUTES.signInWithLink)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in once with a link issued by an admin' })
  async signInWithLink(
    @ZodBody(tokenRequestSchema) body: TokenRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    if (req.sessionHash) await this.sessions.close(req.sessionHash);
    const { user, token } = await this.accounts.signInWithToken(body.token, meta(req));
    startSessionCookie(req, res, this.env, token, this.sessions.ttlMs);
    return toMe(user);
  }

  @Route(ACCOUNTS_ROUTES.resend)
  @SignedIn()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification link again' })
  async resend(@CurrentUser() user: UserEntity): Promise<void> {
    await this.accounts.sendVerification(user, true);
  }

  @Route(ACCOUNTS_ROUTES.requestEmailChange)
  @SignedIn()
  @HttpCode(202)
  @ApiOperation({ summary: 'Change my e-mail address (confirmed by a link sent to the new one)' })
  requestEmailChange(@CurrentUser() user: UserEntity, @ZodBody(changeEmailRequestSchema) body: ChangeEmailRequest) {
    return this.accounts.requestEmailChange(user, body);
  }
}

/** What admins see and set about accounts and e-mail. */
@ApiTags('admin')
@Controller()
@SignedIn('admin')
export class AccountsAdminController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly settings: AccountSettingsService,
    private readonly mailer: MailerService,
    private readonly outbox: OutboxService,
  ) {}

  @Route(ACCOUNTS_ADMIN_ROUTES.mailStatus)
  @ApiOperation({ summary: 'Whether e-mail leaves the platform (SMTP) or waits in the outbox' })
  mailStatus() {
    return this.mailer.status();
  }

  @Route(ACCOUNTS_ADMIN_ROUTES.listOutbox)
  @ApiOperation({ summary: 'E-mails kept because no SMTP server is configured, newest first' })
  listOutbox(@ZodQuery(outboxQuerySchema) query: Parsed<typeof outboxQuerySchema>) {
    return this.outbox.list(query);
  }

  @Route(ACCOUNTS_ADMIN_ROUTES.getSettings)
  @ApiOperation({ summary: 'Account rules' })
  getSettings() {
    return this.settings.get();
  }

  @Route(ACCOUNTS_ADMIN_ROUTES.putSettings)
  @ApiOperation({ summary: 'Change the account rules (audit-logged)' })
  putSettings(@CurrentUser() actor: UserEntity, @ZodBody(accountSettingsSchema) body: AccountSettings) {
    return this.settings.update(actor, body);
  }

  @Route(ACCOUNTS_ADMIN_ROUTES.issueLink)
  @ApiOperation({ summary: 'A one-time sign-in or reset link for a person, to hand over by hand (audit-logged)' })
  issueLink(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(adminLinkRequestSchema) body: AdminLinkRequest) {
    return this.accounts.issueAdminLink(actor, id, body.purpose);
  }
}
