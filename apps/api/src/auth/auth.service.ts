import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PRIVACY_TERMS_VERSION,
  type ChangePasswordRequest,
  type Language,
  type LoginRequest,
  type registerRequestSchema,
} from '@polyphony/contracts';
import type { DataSource } from 'typeorm';
import { ENV, type Env } from '../core/config/env';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { BOOT_ADMIN_CONSENT } from '../demo/ensure-admin';
import { hashPassword, verifyPassword } from './passwords';
import { AccountsRepository } from './accounts.repository';
import { RateLimitService } from './rate-limit.service';
import { TerritoryRepository } from '../territory/territory.repository';
import { SessionsService } from './sessions.service';
import type { Parsed } from '../core/errors/zod-validation';

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
}

const LOGINS_PER_IP_PER_WINDOW = 100;
/** Past the per-client limit, failures from anywhere slow the account's logins down (never lock them). */
const SLOWDOWN_STEP_MS = 250;
const SLOWDOWN_MAX_MS = 2000;

/** The browser or program trying: its address and user agent together. */
const clientKey = (meta: ClientMeta) =>
  createHash('sha256')
    .update(`${meta.ip ?? ''}|${meta.userAgent ?? ''}`)
    .digest('hex')
    .slice(0, 24);

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimitService,
    @Inject(ENV) private readonly env: Env,
    private readonly revocation: SocketRevocation,
  ) {}

  async register(input: Parsed<typeof registerRequestSchema>, meta: ClientMeta): Promise<{ user: UserEntity; token: string }> {
    await this.limits.consume(`register:ip:${meta.ip}`, this.env.REGISTRATIONS_PER_IP_PER_HOUR, 3600);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      const accounts = new AccountsRepository(manager);
      if (await accounts.emailTaken(input.email)) {
        throw AppError.conflict('auth.email_taken', [{ path: 'email', code: 'email_taken' }]);
      }
      const user = await accounts.create({
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        preferredLanguage: input.preferredLanguage,
        category: input.category,
        country: input.country,
        originTerritory: input.category === 'diaspora' ? (input.originTerritory ?? null) : null,
        role: 'participant',
        privacyConsentAt: new Date(),
        privacyConsentVersion: PRIVACY_TERMS_VERSION,
      });
      const token = await this.sessions.open(user.id, meta, manager);
      return { user, token };
    });
  }

  /**
   * Same answer and similar timing whether the e-mail is unknown or the password wrong.
   * Wrong passwords are throttled per account *and client* (address + user agent): each attempt
   * takes a slot atomically before the password is checked, so parallel guesses never exceed
   * LOGIN_MAX_FAILURES, and a success frees the client's slots. Someone guessing from elsewhere
   * therefore cannot lock the owner out; their failures only slow every login of that account a
   * little (a growing delay, capped), and the throttled client is told how long to wait.
   */
  async login(input: LoginRequest, meta: ClientMeta, browserLanguage?: Language): Promise<{ user: UserEntity; token: string }> {
    const window = this.env.RATE_LIMIT_WINDOW_SECONDS;
    const clientBucket = `login:fail:${input.email}:${clientKey(meta)}`;
    const accountBucket = `login:fail:${input.email}`;
    await this.limits.consume(`login:ip:${meta.ip}`, LOGINS_PER_IP_PER_WINDOW, window);
    await this.limits.consume(
      clientBucket,
      this.env.LOGIN_MAX_FAILURES,
      window,
      (seconds) => new AppError('auth.login_throttled', { params: { seconds } }),
    );
    const failures = await this.limits.count(accountBucket, window);
    const over = failures - this.env.LOGIN_MAX_FAILURES;
    if (over >= 0) await sleep(Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_STEP_MS * 2 ** Math.min(over, 8)));
    const user = await new AccountsRepository(this.db.manager).findByEmail(input.email);
    const ok = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !ok || user.pseudonymisedAt) {
      await this.limits.consume(accountBucket, 10_000, window).catch(() => undefined);
      throw new AppError('auth.invalid_credentials');
    }
    await this.limits.clear(clientBucket);
    if (user.blockedAt) throw new AppError('auth.account_blocked');
    if (browserLanguage) await this.adoptBrowserLanguage(user, browserLanguage);
    const token = await this.sessions.open(user.id, meta);
    return { user, token };
  }

  /** Before setup, the admin created at boot speaks the language of the browser they sign in with. */
  private async adoptBrowserLanguage(user: UserEntity, lang: Language): Promise<void> {
    if (user.role !== 'admin' || user.privacyConsentVersion !== BOOT_ADMIN_CONSENT || user.preferredLanguage === lang) return;
    if (await new TerritoryRepository(this.db.manager).isSetUp()) return;
    await new AccountsRepository(this.db.manager).setPreferredLanguage(user.id, lang);
    user.preferredLanguage = lang;
  }

  async changePassword(user: UserEntity, input: ChangePasswordRequest, keepSession: string | undefined): Promise<void> {
    await this.limits.consume(`password:user:${user.id}`, 10, 3600);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('auth.wrong_password', { fields: [{ path: 'currentPassword', code: 'invalid' }] });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (manager) => {
      await new AccountsRepository(manager).setPassword(user.id, passwordHash);
      await this.sessions.closeAllFor(user.id, keepSession, manager);
    });
    await this.revocation.endUser(user.id, 'password_changed', keepSession);
  }
}
