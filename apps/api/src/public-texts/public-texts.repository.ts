import type { EntityManager } from 'typeorm';
import type { PublicTextKind, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { PublicTextEntity } from './public-text.entity';

/** All of the public texts' SQL. */
export class PublicTextsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The latest version of every kind written so far. */
  latest(kinds?: readonly PublicTextKind[]): Promise<PublicTextEntity[]> {
    const qb = this.manager
      .getRepository(PublicTextEntity)
      .createQueryBuilder('t')
      .distinctOn(['t.kind'])
      .orderBy('t.kind')
      .addOrderBy('t.version', 'DESC');
    if (kinds) qb.where('t.kind IN (:...kinds)', { kinds });
    return qb.getMany();
  }

  /** Appends a version; a per-kind lock keeps numbers gapless when two admins save at once. */
  async append(kind: PublicTextKind, body: TranslatedText, createdById: string): Promise<PublicTextEntity> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('polyphony.public_texts.' || $1))`, [kind]);
    const [row] = await this.manager.query(`SELECT coalesce(max(version), 0)::int + 1 AS n FROM public_texts WHERE kind = $1`, [kind]);
    const repo = this.manager.getRepository(PublicTextEntity);
    return repo.save(repo.create({ kind, version: row.n, body, createdById }));
  }

  /** The profile completed with a first consent (single sign-on skips registration). */
  async completeProfile(userId: string, patch: Partial<UserEntity>): Promise<void> {
    await this.manager.getRepository(UserEntity).update({ id: userId }, patch);
  }

  async recordConsent(userId: string, version: string): Promise<void> {
    await this.manager.query(`UPDATE users SET privacy_consent_at = now(), privacy_consent_version = $2 WHERE id = $1`, [userId, version]);
  }
}
