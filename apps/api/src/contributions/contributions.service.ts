import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type { ContributionSource, StakeholderCategory } from '@polyphony/contracts';
import { ContributionsRepository } from './contributions.repository';
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
    const repo = new ContributionsRepository(manager);
    const previous = await repo.lockPrevious(input.source, input.sourceRef);
    await repo.upsert({
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
    });

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
    const previousKey = participantKey(previous);
    if (previousKey === key && previous.consultationId === input.consultationId) return this.bump(manager, { ...bump, contributions: 0 });
    await this.unbump(manager, previous.consultationId, previousKey, 1, 0);
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
      const rows = await new ContributionsRepository(manager).lockPreviousMany(writes);
      for (const row of rows) previous.set(`${row.source}\u0000${row.source_ref}`, row);
    }
    const moved: { consultationId: string | null; key: string | null }[] = [];
    const ctes = batchCtes(writes, previous, participations, [], 'true', moved);
    for (const m of moved) await this.unbump(manager, m.consultationId, m.key, 1, 0);
    if (ctes) await new ContributionsRepository(manager).runBatch(ctes);
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
    for (const row of await new ContributionsRepository(manager).remove(source, sourceRef)) {
      await this.unbump(manager, row.consultationId, participantKey(row), 1, 0);
    }
  }

  async setHidden(manager: EntityManager, source: ContributionSource, sourceRef: string, hidden: boolean): Promise<void> {
    await new ContributionsRepository(manager).setHidden(source, sourceRef, hidden);
  }

  /**
   * Records that someone took part without writing text (e.g. a questionnaire answered with
   * choices only), so the stakeholder balance counts them. Idempotent on source + ref.
   */
  async recordParticipation(manager: EntityManager, input: ParticipationInput): Promise<void> {
    const key = participantKey(input);
    if (!key) return;
    const at = input.createdAt ?? new Date();
    const inserted = await new ContributionsRepository(manager).insertParticipation({
      consultationId: input.consultationId,
      source: input.source,
      sourceRef: input.sourceRef,
      participantKey: key,
      category: input.category,
      country: input.country,
      createdAt: at,
    });
    const bump = {
      consultationId: input.consultationId,
      key,
      category: input.category,
      country: input.country,
      originTerritory: await this.origin(manager, input),
      at,
      contributions: 0,
    };
    await this.bump(manager, { ...bump, otherInputs: inserted ? 1 : 0 });
  }

  async removeParticipation(manager: EntityManager, source: string, sourceRef: string): Promise<void> {
    for (const row of await new ContributionsRepository(manager).removeParticipation(source, sourceRef))
      await this.unbump(manager, row.consultationId, row.key, 0, 1);
  }

  /**
   * Recomputes the balance aggregate of one consultation from its contributions and
   * participations: for data loaded in bulk with SQL (benchmarks, imports).
   */
  async rebuildParticipants(manager: EntityManager, consultationId: string): Promise<void> {
    await new ContributionsRepository(manager).rebuildParticipants(consultationId);
  }

  private async origin(
    manager: EntityManager,
    input: { category: StakeholderCategory; authorUserId?: string | null; originTerritory?: string | null },
  ) {
    if (input.category !== 'diaspora') return null;
    if (input.originTerritory !== undefined || !input.authorUserId) return input.originTerritory ?? null;
    return new ContributionsRepository(manager).originTerritory(input.authorUserId);
  }

  private async bump(manager: EntityManager, b: Bump) {
    if (!b.key || !b.consultationId) return;
    await new ContributionsRepository(manager).bump({ ...b, key: b.key, consultationId: b.consultationId });
  }

  private async unbump(
    manager: EntityManager,
    consultationId: string | null,
    key: string | null,
    contributions: number,
    otherInputs: number,
  ) {
    if (!key || !consultationId) return;
    await new ContributionsRepository(manager).unbump(consultationId, key, contributions, otherInputs);
  }
}
