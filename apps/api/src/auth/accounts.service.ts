import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AdminLinkResponse, ChangeEmailRequest, ResetPasswordRequest } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { MailerService } from '../notifications/mailer.service';
import type { UserEntity } from '../users/user.entity';
import { accountMail, type AccountMailKind } from './account-mail';
import { ACCOUNT_LINK_PATHS, accountLink, publicUrl } from './account-links';
import { AccountsRepository } from './accounts.repository';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountTokensService } from './account-tokens.service';
import { hashPassword, verifyPassword } from './passwords';
import { RateLimitService } from './rate-limit.service';
import { SessionsService } from './sessions.service';
import type { ClientMeta } from './auth.service';

const FORGOT_PER_IP_PER_HOUR = 20;
const FORGOT_PER_EMAIL_PER_HOUR = 3;
const RESETS_PER_IP_PER_HOUR = 30;
const MAILS_PER_USER_PER_HOUR = 5;

/** Forgotten passwords, e-mail verification and change, one-time links: all by single-use token. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger('accounts');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly mailer: MailerService,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimitService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private async mail(kind: AccountMailKind, to: string, user: UserEntity, path: string, token: string) {
    const link = accountLink(this.env, path, token);
    await this.mailer.sendOrKeep(
      accountMail(kind, { email: to, displayName: user.displayName, lang: user.preferredLanguage }, link, publicUrl(this.env)),
    );
  }

  /** After registration, and on request: a link proving the person reads their address. */
  async sendVerification(user: UserEntity, limited = false): Promise<void> {
    if (user.emailVerifiedAt || !user.email) return;
    if (limited) await this.limits.consume(`verify:user:${user.id}`, MAILS_PER_USER_PER_HOUR, 3600);
    const { token } = await this.tokens.issue(this.db.manager, user.id, 'email_verify');
    await this.mail('emailVerify', user.email, user, ACCOUNT_LINK_PATHS.email_verify, token);
  }

  /**
   * Always the same answer, whether or not the address has an account; the e-mail is prepared
   * after answering, so the timing does not tell either. Limited per client and, silently, per address.
   */
  async forgotPassword(email: string, meta: ClientMeta): Promise<void> {
    await this.limits.consume(`forgot:ip:${meta.ip}`, FORGOT_PER_IP_PER_HOUR, 3600);
    void this.sendReset(email).catch((error) =>
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'password reset e-mail failed'),
    );
  }

  private async sendReset(email: string): Promise<void> {
    const bucket = `forgot:email:${email}`;
    try {
      await this.limits.consume(bucket, FORGOT_PER_EMAIL_PER_HOUR, 3600);
    } catch {
      return;
    }
    const user = await new AccountsRepository(this.db.manager).findByEmail(email);
    if (!user || user.pseudonymisedAt || user.blockedAt) return;
    const { token } = await this.tokens.issue(this.db.manager, user.id, 'password_reset');
    await this.mail('passwordReset', email, user, ACCOUNT_LINK_PATHS.password_reset, token);
  }

  /** A new password from a reset link: the address is proven, and every session ends. */
  async resetPassword(input: ResetPasswordRequest, meta: ClientMeta): Promise<void> {
    await this.limits.consume(`reset:ip:${meta.ip}`, RESETS_PER_IP_PER_HOUR, 3600);
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction(async (manager) => {
      const spent = await this.tokens.consume(manager, input.token, 'password_reset');
      await new AccountTokensRepository(manager).resetPassword(spent.userId, passwordHash);
      await this.sessions.endSessionsOf(spent.userId, 'password_changed', manager);
      await this.audit.record(manager, {
        actorId: spent.issuedBy ?? spent.userId,
        action: 'user.password_reset',
        targetUserId: spent.userId,
      });
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const spent = await this.tokens.consume(manager, token, 'email_verify');
      await new AccountTokensRepository(manager).markEmailVerified(spent.userId);
    });
  }

  /** The new address is used only once the link sent there is opened. */
  async requestEmailChange(user: UserEntity, input: ChangeEmailRequest): Promise<{ pendingEmail: string }> {
    await this.limits.consume(`email-change:user:${user.id}`, MAILS_PER_USER_PER_HOUR, 3600);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      throw new AppError('auth.wrong_password', { fields: [{ path: 'password', code: 'invalid' }] });
    }
    if (input.newEmail === user.email) throw AppError.validation([{ path: 'newEmail', code: 'invalid' }]);
    if (await new AccountsRepository(this.db.manager).emailTaken(input.newEmail)) {
      throw AppError.conflict('auth.email_taken', [{ path: 'newEmail', code: 'email_taken' }]);
    }
    const { token } = await this.tokens.issue(this.db.manager, user.id, 'email_change', { newEmail: input.newEmail });
    await this.mail('emailChange', input.newEmail, user, ACCOUNT_LINK_PATHS.email_change, token);
    return { pendingEmail: input.newEmail };
  }

  async confirmEmailChange(token: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const spent = await this.tokens.consume(manager, token, 'email_change');
      const accounts = new AccountsRepository(manager);
      const user = await accounts.findById(spent.userId);
      if (!user || user.pseudonymisedAt || !spent.newEmail) throw new AppError('auth.token_invalid');
      if (await accounts.emailTaken(spent.newEmail)) throw AppError.conflict('auth.email_taken');
      await accounts.changeEmail(user.id, spent.newEmail);
      await new AccountTokensRepository(manager).retire(user.id, ['email_verify', 'password_reset']);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.email_changed',
        targetUserId: user.id,
        details: { from: user.email, to: spent.newEmail },
      });
    });
  }

  /** A change of address waiting for confirmation, if any. */
  async pendingEmail(userId: string): Promise<string | null> {
    return new AccountTokensRepository(this.db.manager).pendingEmail(userId);
  }

  /** A one-time sign-in link handed over by an admin: opens a session once. */
  async signInWithToken(token: string, meta: ClientMeta): Promise<{ user: UserEntity; token: string }> {
    await this.limits.consume(`link:ip:${meta.ip}`, RESETS_PER_IP_PER_HOUR, 3600);
    return this.db.transaction(async (manager) => {
      const spent = await this.tokens.consume(manager, token, 'sign_in');
      const user = await new AccountsRepository(manager).findById(spent.userId);
      if (!user || user.pseudonymisedAt || user.blockedAt) throw new AppError('auth.token_invalid');
      return { user, token: await this.sessions.open(user.id, meta, manager) };
    });
  }

  /** For an admin when no e-mail reaches the person: a sign-in or reset link to hand over. */
  async issueAdminLink(actor: UserEntity, targetId: string, purpose: 'sign_in' | 'password_reset'): Promise<AdminLinkResponse> {
    return this.db.transaction(async (manager) => {
      const target = await new AccountsRepository(manager).findById(targetId);
      if (!target || target.pseudonymisedAt) throw AppError.notFound();
      if (target.blockedAt) throw new AppError('auth.account_blocked', { status: 409 });
      const { token, expiresAt } = await this.tokens.issue(manager, target.id, purpose, { issuedBy: actor.id });
      await this.audit.record(manager, { actorId: actor.id, action: 'user.link_issued', targetUserId: target.id, details: { purpose } });
      return { url: accountLink(this.env, ACCOUNT_LINK_PATHS[purpose], token), expiresAt: expiresAt.toISOString() };
    });
  }
}
