import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as client from 'openid-client';
import type { DataSource } from 'typeorm';
import { LANGUAGES, type Language, type SsoStatus } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { publicUrl } from './account-links';
import { TerritoryRepository } from '../territory/territory.repository';
import { AccountsRepository } from './accounts.repository';
import { SessionsService } from './sessions.service';
import type { ClientMeta } from './auth.service';

/** What the browser keeps (httpOnly cookie) between leaving for the provider and coming back. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/**
 * Single sign-on with OpenID Connect (authorization code + PKCE, `openid-client`). An identity
 * is linked to an account by its subject; the first time, by a verified e-mail address, or a new
 * account is created.
 */
@Injectable()
export class OidcService implements OnModuleInit {
  private readonly logger = new Logger('oidc');
  private config?: Promise<client.Configuration>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  get enabled() {
    return Boolean(this.env.OIDC_ISSUER && this.env.OIDC_CLIENT_ID && this.env.OIDC_CLIENT_SECRET);
  }

  status(): SsoStatus {
    return { enabled: this.enabled, label: this.enabled ? (this.env.OIDC_LABEL ?? new URL(this.env.OIDC_ISSUER!).host) : null };
  }

  get redirectUri() {
    return `${publicUrl(this.env)}/api/auth/oidc/callback`;
  }

  /** The provider is asked for its configuration at boot, so a wrong issuer shows in the log at once. */
  onModuleInit() {
    if (this.enabled) void this.configuration().catch(() => undefined);
  }

  private configuration(): Promise<client.Configuration> {
    if (!this.enabled) throw new AppError('auth.sso_not_configured');
    this.config ??= (async () => {
      const issuer = new URL(this.env.OIDC_ISSUER!);
      const insecure = issuer.protocol === 'http:';
      try {
        const config = await client.discovery(
          issuer,
          this.env.OIDC_CLIENT_ID!,
          this.env.OIDC_CLIENT_SECRET!,
          undefined,
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        );
        this.logger.log(`single sign-on through ${issuer.href}`);
        return config;
      } catch (error) {
        this.config = undefined;
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          `OIDC_ISSUER ${issuer.href} could not be discovered`,
        );
        throw new AppError('auth.sso_failed', { status: 502 });
      }
    })();
    return this.config;
  }

  async start(next: string): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.configuration();
    const pending: OidcPending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Back from the provider: the code is exchanged, the identity found or linked, a session opened. */
  async finish(callbackUrl: URL, pending: OidcPending, meta: ClientMeta, lang: Language): Promise<{ user: UserEntity; token: string }> {
    const config = await this.configuration();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
      if (!claims.email && tokens.access_token)
        claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, String(claims.sub))) };
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'OIDC sign-in refused');
      throw new AppError('auth.sso_failed');
    }
    const subject = `${config.serverMetadata().issuer}|${String(claims.sub)}`;
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const verified = claims.email_verified === true || claims.email_verified === 'true';
    const user = await this.db.transaction(async (manager) => {
      const accounts = new AccountsRepository(manager);
      let found = await accounts.findByOidcSubject(subject);
      if (!found && email) {
        const byEmail = await accounts.findByEmail(email);
        // An existing account is only linked when the provider vouches for the address.
        if (byEmail && !verified) throw new AppError('auth.sso_failed');
        if (byEmail) {
          await accounts.linkOidc(byEmail.id, subject, byEmail.emailVerifiedAt ?? new Date());
          found = { ...byEmail, oidcSubject: subject } as UserEntity;
        }
      }
      if (!found) {
        if (!email) throw new AppError('auth.sso_failed');
        const name =
          typeof claims.name === 'string' && claims.name.trim().length >= 2 ? claims.name.trim().slice(0, 80) : email.split('@')[0];
        const locale = typeof claims.locale === 'string' ? claims.locale.slice(0, 2).toLowerCase() : '';
        const territoryCountry = await new TerritoryRepository(manager).country();
        found = await accounts.create({
          email,
          oidcSubject: subject,
          passwordHash: null,
          displayName: name,
          preferredLanguage: (LANGUAGES as readonly string[]).includes(locale) ? (locale as Language) : lang,
          category: 'resident',
          country: territoryCountry ?? 'FR',
          role: 'participant',
          emailVerifiedAt: verified ? new Date() : null,
          privacyConsentAt: null,
          privacyConsentVersion: null,
        });
      }
      if (found.blockedAt || found.pseudonymisedAt) throw new AppError('auth.account_blocked');
      return found;
    });
    return { user, token: await this.sessions.open(user.id, meta) };
  }
}
