import type { EntityManager } from 'typeorm';
import type { ContributionListQuery, ContributionSource, StakeholderCategory } from '@polyphony/contracts';
import { keysetPage } from '../core/database/keyset-page';
import { ContributionEntity } from './contribution.entity';
import type { Previous } from './contribution-batch';
import { CONTRIBUTION_SEARCH_QUERY, CONTRIBUTION_SEARCH_VECTOR } from './contribution-search';

/** A page of a consultation's visible contributions, newest first (keyset on created_at, id). */
export type ContributionPageQuery = Pick<ContributionListQuery, 'source' | 'category' | 'country' | 'language' | 'q'> & {
  consultationId: string;
  keyPoint?: boolean;
  /** The (created_at, id) of the last row already shown. */
  after: (string | number)[] | undefined;
  limit: number;
};

/** Who wrote a stored contribution (what its participant key is made of), and where it counted. */
export interface ContributionAuthorship {
  consultationId: string | null;
  authorUserId: string | null;
  authorOrganisationId: string | null;
  authorLabel: string | null;
}

/** A contribution to insert or, for the same source and ref, to update. */
export type ContributionUpsert = Pick<
  ContributionEntity,
  | 'source'
  | 'sourceRef'
  | 'consultationId'
  | 'text'
  | 'language'
  | 'category'
  | 'country'
  | 'authorUserId'
  | 'authorOrganisationId'
  | 'authorLabel'
  | 'keyPoint'
> & { createdAt?: Date };

/** A participation without text to insert (idempotent on source + ref). */
export interface NewParticipation {
  consultationId: string;
  source: string;
  sourceRef: string;
  participantKey: string;
  category: StakeholderCategory;
  country: string | null;
  createdAt: Date;
}

/** A change to a participant's line in the balance aggregate. */
export interface ParticipantBump {
  consultationId: string;
  key: string;
  category: StakeholderCategory;
  country: string | null;
  originTerritory: string | null;
  contributions: number;
  otherInputs: number;
  at: Date;
}

/** Adds a participant's inputs to the balance aggregate (their latest category and country win). */
export const BUMP_PARTICIPANT_SQL = `INSERT INTO consultation_participants AS p (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (consultation_id, participant_key) DO UPDATE SET
         category = EXCLUDED.category, country = EXCLUDED.country,
         origin_territory = coalesce(EXCLUDED.origin_territory, p.origin_territory),
         contributions = p.contributions + $6, other_inputs = p.other_inputs + $7,
         first_at = least(p.first_at, EXCLUDED.first_at), last_at = greatest(p.last_at, EXCLUDED.last_at)`;

/** The balance aggregate of consultation $1 computed again from its contributions and participations. */
export const REBUILD_PARTICIPANTS_SQL = `INSERT INTO consultation_participants (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
       SELECT $1, i.key, (array_agg(i.category ORDER BY i.at DESC))[1], (array_agg(i.country ORDER BY i.at DESC))[1],
              max(u.origin_territory) FILTER (WHERE i.category = 'diaspora'),
              count(*) FILTER (WHERE i.contribution), count(*) FILTER (WHERE NOT i.contribution), min(i.at), max(i.at)
       FROM (
         SELECT CASE WHEN author_user_id IS NOT NULL THEN 'u:' || author_user_id
                     WHEN author_organisation_id IS NOT NULL THEN 'o:' || author_organisation_id
                     ELSE 'l:' || left(lower(trim(author_label)), 200) END AS key,
                author_user_id AS user_id, category, country, created_at AS at, true AS contribution
         FROM contributions WHERE consultation_id = $1 AND (author_user_id IS NOT NULL OR author_organisation_id IS NOT NULL OR coalesce(trim(author_label), '') <> '')
         UNION ALL
         SELECT participant_key, CASE WHEN participant_key LIKE 'u:%' THEN substr(participant_key, 3)::uuid END, category, country, created_at, false
         FROM participations WHERE consultation_id = $1
       ) i LEFT JOIN users u ON u.id = i.user_id
       GROUP BY i.key`;

const toAuthorship = (row: {
  consultation_id: string | null;
  author_user_id: string | null;
  author_organisation_id: string | null;
  author_label: string | null;
}): ContributionAuthorship => ({
  consultationId: row.consultation_id,
  authorUserId: row.author_user_id,
  authorOrganisationId: row.author_organisation_id,
  authorLabel: row.author_label,
});

/** The contributions table, participations and the balance aggregate (consultation_participants). */
export class ContributionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The stored contribution of an origin row, locked until the end of the transaction. */
  async lockPrevious(source: ContributionSource, sourceRef: string): Promise<ContributionAuthorship | undefined> {
    const [previous] = await this.manager.query(
      `SELECT consultation_id, author_user_id, author_organisation_id, author_label FROM contributions WHERE source = $1 AND source_ref = $2 FOR UPDATE`,
      [source, sourceRef],
    );
    return previous ? toAuthorship(previous) : undefined;
  }

  /** The stored contributions of many origin rows, locked in a fixed order (two batches never deadlock). */
  lockPreviousMany(refs: { source: string; sourceRef: string }[]): Promise<Previous[]> {
    return this.manager.query(
      `SELECT source, source_ref, consultation_id, author_user_id, author_organisation_id, author_label FROM contributions
         WHERE (source, source_ref) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[])) ORDER BY source, source_ref FOR UPDATE`,
      [refs.map((w) => w.source), refs.map((w) => w.sourceRef)],
    );
  }

  async upsert(values: ContributionUpsert): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(ContributionEntity)
      .values(values)
      .orUpdate(
        ['text', 'language', 'category', 'country', 'author_user_id', 'author_organisation_id', 'author_label', 'key_point', 'updated_at'],
        ['source', 'source_ref'],
      )
      .execute();
  }

  /** Runs a batch's common table expressions (contribution-batch.ts) as one statement. */
  async runBatch(ctes: { sql: string; params: unknown[] }): Promise<void> {
    await this.manager.query(`WITH ${ctes.sql} SELECT 1`, ctes.params);
  }

  /** Deletes an origin row's contribution; answers who had written it (none when there was none). */
  async remove(source: ContributionSource, sourceRef: string): Promise<ContributionAuthorship[]> {
    const [rows] = await this.manager.query(
      `DELETE FROM contributions WHERE source = $1 AND source_ref = $2 RETURNING consultation_id, author_user_id, author_organisation_id, author_label`,
      [source, sourceRef],
    );
    return (rows ?? []).map(toAuthorship);
  }

  async setHidden(source: ContributionSource, sourceRef: string, hidden: boolean): Promise<void> {
    await this.manager.getRepository(ContributionEntity).update({ source, sourceRef }, { hiddenAt: hidden ? new Date() : null });
  }

  /** Answers whether it was new (an origin row's participation is recorded once). */
  async insertParticipation(p: NewParticipation): Promise<boolean> {
    const inserted: unknown[] = await this.manager.query(
      `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (source, source_ref) DO NOTHING RETURNING id`,
      [p.consultationId, p.source, p.sourceRef, p.participantKey, p.category, p.country, p.createdAt],
    );
    return inserted.length > 0;
  }

  /** Deletes an origin row's participation; answers where it counted and for whom. */
  async removeParticipation(source: string, sourceRef: string): Promise<{ consultationId: string; key: string }[]> {
    const [rows] = await this.manager.query(
      `DELETE FROM participations WHERE source = $1 AND source_ref = $2 RETURNING consultation_id, participant_key`,
      [source, sourceRef],
    );
    return (rows ?? []).map((r: { consultation_id: string; participant_key: string }) => ({
      consultationId: r.consultation_id,
      key: r.participant_key,
    }));
  }

  /** A person's territory of origin (diaspora), from their profile. */
  async originTerritory(userId: string): Promise<string | null> {
    const [user] = await this.manager.query(`SELECT origin_territory FROM users WHERE id = $1`, [userId]);
    return user?.origin_territory ?? null;
  }

  async bump(b: ParticipantBump): Promise<void> {
    await this.manager.query(BUMP_PARTICIPANT_SQL, [
      b.consultationId,
      b.key,
      b.category,
      b.country,
      b.originTerritory,
      b.contributions,
      b.otherInputs,
      b.at,
    ]);
  }

  /** Takes inputs off a participant's line, removing the line once it counts nothing. */
  async unbump(consultationId: string, key: string, contributions: number, otherInputs: number): Promise<void> {
    await this.manager.query(
      `UPDATE consultation_participants SET contributions = greatest(contributions - $3, 0), other_inputs = greatest(other_inputs - $4, 0)
       WHERE consultation_id = $1 AND participant_key = $2`,
      [consultationId, key, contributions, otherInputs],
    );
    await this.manager.query(
      `DELETE FROM consultation_participants WHERE consultation_id = $1 AND participant_key = $2 AND contributions = 0 AND other_inputs = 0`,
      [consultationId, key],
    );
  }

  async rebuildParticipants(consultationId: string): Promise<void> {
    await this.manager.query(`DELETE FROM consultation_participants WHERE consultation_id = $1`, [consultationId]);
    await this.manager.query(REBUILD_PARTICIPANTS_SQL, [consultationId]);
  }

  /** A consultation's visible contributions with their author organisation and person (id and name only), one more row than the limit. */
  page(filter: ContributionPageQuery): Promise<ContributionEntity[]> {
    const qb = this.manager
      .getRepository(ContributionEntity)
      .createQueryBuilder('c')
      .leftJoin('c.authorOrganisation', 'o')
      .leftJoin('c.authorUser', 'u')
      .addSelect(['o.id', 'o.name', 'u.id', 'u.displayName'])
      .where('c.consultation_id = :consultationId AND c.hidden_at IS NULL', { consultationId: filter.consultationId });
    if (filter.source) qb.andWhere('c.source = :source', { source: filter.source });
    if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
    if (filter.country) qb.andWhere('c.country = :country', { country: filter.country });
    if (filter.language) qb.andWhere('c.language = :language', { language: filter.language });
    if (filter.keyPoint !== undefined) qb.andWhere('c.key_point = :keyPoint', { keyPoint: filter.keyPoint });
    if (filter.q) qb.andWhere(`${CONTRIBUTION_SEARCH_VECTOR} @@ ${CONTRIBUTION_SEARCH_QUERY}`, { q: filter.q });
    return keysetPage(qb, { alias: 'c', column: 'created_at', after: filter.after, limit: filter.limit, direction: 'DESC' }).getMany();
  }
}
