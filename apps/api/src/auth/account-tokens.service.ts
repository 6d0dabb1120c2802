import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import type { AccountTokenEntity } from './account-token.entity';
import { AccountTokensRepository } from './account-tokens.repository';
import { hashToken } from './sessions.service';

/** How long each kind of link stays valid. */
export const TOKEN_TTL_SECONDS: Record<AccountTokenPurpose, number> = {
  password_reset: 3600,
  email_verify: 3 * 24 * 3600,
  email_change: 24 * 3600,
  sign_in: 24 * 3600,
};

/** Single-use links: issue returns the raw token (never stored), consume spends it atomically. */
@Injectable()
export class AccountTokensService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new link; earlier unused links of the same purpose for the person stop working. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    extra: { newEmail?: string; issuedBy?: string } = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + TOKEN_TTL_SECONDS[purpose] * 1000);
    const repo = new AccountTokensRepository(manager);
    await repo.retire(userId, [purpose]);
    await repo.insert({
      tokenHash: hashToken(token),
      userId,
      purpose,
      newEmail: extra.newEmail ?? null,
      issuedBy: extra.issuedBy ?? null,
      expiresAt,
    });
    return { token, expiresAt };
  }

  /**
   * Spends a token in one statement (two requests racing with the same link: one wins).
   * Unknown, expired, used, or issued for another purpose: the same refusal.
   */
  async consume(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountTokenEntity> {
    const spent = await new AccountTokensRepository(manager).spend(hashToken(token), purpose);
    if (!spent) throw new AppError('auth.token_invalid');
    return spent;
  }

  get manager() {
    return this.db.manager;
  }
}
