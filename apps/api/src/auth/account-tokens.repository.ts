import type { EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from '@polyphony/contracts';
import { AccountTokenEntity } from './account-token.entity';

/** A link to store (its token only as a hash). */
export type NewAccountToken = Pick<AccountTokenEntity, 'tokenHash' | 'userId' | 'purpose' | 'newEmail' | 'issuedBy' | 'expiresAt'>;

/** The single-use links' SQL, and the account changes they bring about. */
export class AccountTokensRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Earlier unused links of these purposes for the person stop working. */
  async retire(userId: string, purposes: readonly AccountTokenPurpose[]): Promise<void> {
    await this.manager.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL`, [
      userId,
      purposes,
    ]);
  }

  async insert(token: NewAccountToken): Promise<void> {
    await this.manager.getRepository(AccountTokenEntity).insert(token);
  }

  /** Spends a token in one statement (two requests racing with the same link: one wins); undefined when it cannot be spent. */
  async spend(tokenHash: string, purpose: AccountTokenPurpose): Promise<AccountTokenEntity | undefined> {
    const [rows] = await this.manager.query(
      `UPDATE account_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING id, user_id, new_email, issued_by`,
      [tokenHash, purpose],
    );
    const row = rows?.[0];
    if (!row) return undefined;
    return Object.assign(new AccountTokenEntity(), {
      id: row.id,
      userId: row.user_id,
      newEmail: row.new_email,
      issuedBy: row.issued_by,
      purpose,
    });
  }

  /** The new address of the person's pending change of e-mail, if any. */
  async pendingEmail(userId: string): Promise<string | null> {
    const [row] = await this.manager.query(
      `SELECT new_email FROM account_tokens WHERE user_id = $1 AND purpose = 'email_change' AND used_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1`,
      [userId],
    );
    return row?.new_email ?? null;
  }

  /** A reset password (opening the link also proves the address). */
  async resetPassword(userId: string, passwordHash: string): Promise<void> {
    await this.manager.query(
      `UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`,
      [userId, passwordHash],
    );
  }

  async markEmailVerified(userId: string): Promise<void> {
    await this.manager.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`, [userId]);
  }
}
