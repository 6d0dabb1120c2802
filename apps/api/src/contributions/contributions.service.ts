import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type { ContributionSource, StakeholderCategory } from '@polyphony/contracts';
import { ContributionEntity } from './contribution.entity';
import { participantKey, type ParticipantAuthor } from './participant-key';
import { batchCtes, lastPerRef, toWrite, type Previous, type Write } from './contribution-batch';

export interface ContributionInput {
  source: ContributionSource;
  sourceRef: string;
  consultationId: string | null;
  text: string;
  category: StakeholderCategory;
  country: string | null;
  authorUserId?: string | null;
  authorOrganisationId?: string | null;
  authorLabel?: string | null;
  keyPoint?: boolean;
  /** When the input was really made (imports, demo data); defaults to now. */
  createdAt?: Date;
  /** A diaspora author's territory of origin; read from the user's profile when omitted. */
  originTerritory?: string | null;
}

/** Taking part without text (choices only, a vote...): counted in the balance, never synthesised. */
export interface ParticipationInput extends ParticipantAuthor {
  /** Free text naming the origin: 'questionnaire_response', 'vote'... */
  source: string;
  sourceRef: string;
  consultationId: string;
  category: StakeholderCategory;
  country: string | null;
  originTerritory?: string | null;
  createdAt?: Date;
}

interface Bump {
  consultationId: string | null;
  key: string | null;
  contributions: number;
  otherInputs: number;
  category: StakeholderCategory;
  country: string | null;
  originTerritory: string | null;
  at: Date;
}

/**
 * The one door into the contributions table. Features call it inside their own
 * transaction (pass its manager), so an answer and its contribution commit together.
 * It also keeps the stakeholder balance aggregate (consultation_participants) in step,
 * in the same transaction, so dashboards never group the whole contributions table.
 */
@Injectable()
export class ContributionsService {
  /** Inserts or updates the contribution of an origin row (idempotent on source + ref). */
  async record(manager: EntityManager, input: ContributionInput): Promise<void> {
    const text = input.text.trim();
    if (!text) return this.remove(manager, input.source, input.sourceRef);
    const language = detectLanguage(text).language;
    const [previous] = await manager.query(
      `SELECT consultation_id, author_user_id, author_organisation_id, author_label FROM contributions WHERE source = $1 AND source_ref = $2 FOR UPDATE`,
      [input.source, input.sourceRef],
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContributionEntity)
      .values({
        source: input.source,
        sourceRef: input.sourceRef,
        consultationId: input.consultationId,
        text,
        language,
        category: input.category,
        country: input.country,
        authorUserId: input.authorUserId ?? null,
        authorOrganisationId: input.authorOrganisationId ?? null,
        authorLabel: input.authorLabel ?? null,
        keyPoint: input.keyPoint ?? false,
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      })
      .orUpdate(
        ['text', 'language', 'category', 'country', 'author_user_id', 'author_organisation_id', 'author_label', 'key_point', 'updated_at'],
        ['source', 'source_ref'],
      )
      .execute();

    const key = participantKey(input);
    const bump = {
      consultationId: input.consultationId,
      key,
      category: input.category,
      country: input.country,
      originTerritory: await this.origin(manager, input),
      at: input.createdAt ?? new Date(),
      otherInputs: 0,
    };
    if (!previous) return this.bump(manager, { ...bump, contributions: 1 });
    const previousKey = participantKey({
      authorUserId: previous.author_user_id,
      authorOrganisationId: previous.author_organisation_id,
      authorLabel: previous.author_label,
    });
    if (previousKey === key && previous.consultation_id === input.consultationId) return this.bump(manager, { ...bump, contributions: 0 });
    await this.unbump(manager, previous.consultation_id, previousKey, 1, 0);
    await this.bump(manager, { ...bump, contributions: 1 });
  }

  /**
   * Records many contributions and participations at once, in the caller's transaction, with
   * the same result as calling `record` for each contribution then `recordParticipation` for each
   * participation, in order, but in two statements (one with `fresh`) instead of three or four per
   * input: one locks the origin rows' previous contributions, one upserts the contributions,
   * inserts the participations and bumps the balance aggregate once per participant.
   * A source ref given twice keeps its last input. `fresh`: every contribution's origin row was
   * created in this transaction (so none can have a contribution yet): the lock read is skipped.
   */
  async recordMany(
    manager: EntityManager,
    contributions: ContributionInput[],
    participations: ParticipationInput[] = [],
    options: { fresh?: boolean } = {},
  ): Promise<void> {
    const writes: Write[] = [];
    for (const input of lastPerRef(contributions)) {
      const write = toWrite(input);
      if (write) writes.push(write);
      else await this.remove(manager, input.source, input.sourceRef);
    }
    const previous = new Map<string, Previous>();
    if (writes.length && !options.fresh) {
      const rows: Previous[] = await manager.query(
        `SELECT source, source_ref, consultation_id, author_user_id, author_organisation_id, author_label FROM contributions
         WHERE (source, source_ref) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[])) ORDER BY source, source_ref FOR UPDATE`,
        [writes.map((w) => w.source), writes.map((w) => w.sourceRef)],
      );
      for (const row of rows) previous.set(`${row.source}\u0000${row.source_ref}`, row);
    }
    const moved: { consultationId: string | null; key: string | null }[] = [];
    const ctes = batchCtes(writes, previous, participations, [], 'true', moved);
    for (const m of moved) await this.unbump(manager, m.consultationId, m.key, 1, 0);
    if (ctes) await manager.query(`WITH ${ctes.sql} SELECT 1`, ctes.params);
  }

  /**
   * What `recordMany(..., { fresh: true })` writes, as common table expressions for the caller's
   * own statement (a whole submission in one round trip): `c` (contributions), `pa`
   * (participations) and `cp` (the balance aggregate), each written only when `guard` (a SQL
   * condition over the caller's other expressions) holds. Parameters are appended to `params`.
   * Empty texts are left out (a fresh origin row has no contribution to delete). Null: nothing to write.
   */
  freshBatchSql(contributions: ContributionInput[], participations: ParticipationInput[], params: unknown[], guard: string): string | null {
    const writes = lastPerRef(contributions)
      .map(toWrite)
      .filter((w): w is Write => w !== null);
    return batchCtes(writes, new Map(), participations, params, guard, [])?.sql ?? null;
  }

  async remove(manager: EntityManager, source: ContributionSource, sourceRef: string): Promise<void> {
    const [rows] = await manager.query(
      `DELETE FROM contributions WHERE source = $1 AND source_ref = $2 RETURNING consultation_id, author_user_id, author_organisation_id, author_label`,
      [source, sourceRef],
    );
    for (const row of rows ?? []) {
      const key = participantKey({
        authorUserId: row.author_user_id,
        authorOrganisationId: row.author_organisation_id,
        authorLabel: row.author_label,
      });
      await this.unbump(manager, row.consultation_id, key, 1, 0);
    }
  }

  async setHidden(manager: EntityManager, source: ContributionSource, sourceRef: string, hidden: boolean): Promise<void> {
    await manager.getRepository(ContributionEntity).update({ source, sourceRef }, { hiddenAt: hidden ? new Date() : null });
  }

  /**
   * Records that someone took part without writing text (e.g. a questionnaire answered with
   * choices only), so the stakeholder balance counts them. Idempotent on source + ref.
   */
  async recordParticipation(manager: EntityManager, input: ParticipationInput): Promise<void> {
    const key = participantKey(input);
    if (!key) return;
    const at = input.createdAt ?? new Date();
    const inserted = await manager.query(
      `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (source, source_ref) DO NOTHING RETURNING id`,
      [input.consultationId, input.source, input.sourceRef, key, input.category, input.country, at],
    );
    const bump = {
      consultationId: input.consultationId,
      key,
      category: input.category,
      country: input.country,
      originTerritory: await this.origin(manager, input),
      at,
      contributions: 0,
    };
    await this.bump(manager, { ...bump, otherInputs: inserted.length ? 1 : 0 });
  }

  async removeParticipation(manager: EntityManager, source: string, sourceRef: string): Promise<void> {
    const [rows] = await manager.query(
      `DELETE FROM participations WHERE source = $1 AND source_ref = $2 RETURNING consultation_id, participant_key`,
      [source, sourceRef],
    );
    for (const row of rows ?? []) await this.unbump(manager, row.consultation_id, row.participant_key, 0, 1);
  }

  /**
   * Recomputes the balance aggregate of one consultation from its contributions and
   * participations: for data loaded in bulk with SQL (benchmarks, imports).
   */
  async rebuildParticipants(manager: EntityManager, consultationId: string): Promise<void> {
    await manager.query(`DELETE FROM consultation_participants WHERE consultation_id = $1`, [consultationId]);
    await manager.query(
      `INSERT INTO consultation_participants (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
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
       GROUP BY i.key`,
      [consultationId],
    );
  }

  private async origin(
    manager: EntityManager,
    input: { category: StakeholderCategory; authorUserId?: string | null; originTerritory?: string | null },
  ) {
    if (input.category !== 'diaspora') return null;
    if (input.originTerritory !== undefined || !input.authorUserId) return input.originTerritory ?? null;
    const [user] = await manager.query(`SELECT origin_territory FROM users WHERE id = $1`, [input.authorUserId]);
    return user?.origin_territory ?? null;
  }

  private async bump(manager: EntityManager, b: Bump) {
    if (!b.key || !b.consultationId) return;
    await manager.query(
      `INSERT INTO consultation_participants AS p (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (consultation_id, participant_key) DO UPDATE SET
         category = EXCLUDED.category, country = EXCLUDED.country,
         origin_territory = coalesce(EXCLUDED.origin_territory, p.origin_territory),
         contributions = p.contributions + $6, other_inputs = p.other_inputs + $7,
         first_at = least(p.first_at, EXCLUDED.first_at), last_at = greatest(p.last_at, EXCLUDED.last_at)`,
      [b.consultationId, b.key, b.category, b.country, b.originTerritory, b.contributions, b.otherInputs, b.at],
    );
  }

  private async unbump(
    manager: EntityManager,
    consultationId: string | null,
    key: string | null,
    contributions: number,
    otherInputs: number,
  ) {
    if (!key || !consultationId) return;
    await manager.query(
      `UPDATE consultation_participants SET contributions = greatest(contributions - $3, 0), other_inputs = greatest(other_inputs - $4, 0)
       WHERE consultation_id = $1 AND participant_key = $2`,
      [consultationId, key, contributions, otherInputs],
    );
    await manager.query(
      `DELETE FROM consultation_participants WHERE consultation_id = $1 AND participant_key = $2 AND contributions = 0 AND other_inputs = 0`,
      [consultationId, key],
    );
  }
}
