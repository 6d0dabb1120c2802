import type { EntityManager } from 'typeorm';
import type { AnnualSummaryListItem, SummaryKeyFigures, SummaryNarrative, TranslatedText } from '@polyphony/contracts';
import { TerritoryEntity } from '../territory/territory.entity';
import { AnnualSummaryEntity } from './annual-summary.entity';
import { toSummaryListItem } from './annual-summaries.mapper';

const LIST_COLUMNS = `s.id, s.plan_id, s.year, s.version, s.status, s.generated_at, s.published_at,
                s.figures->'key' AS key, s.narrative->'introduction' AS introduction, p.slug, p.title`;

/** A row of the summaries' lists, as read. */
export interface SummaryListRow {
  id: string;
  plan_id: string;
  year: number;
  version: number;
  status: AnnualSummaryListItem['status'];
  generated_at: Date;
  published_at: Date | null;
  key: SummaryKeyFigures;
  introduction: TranslatedText | null;
  slug: string;
  title: AnnualSummaryListItem['plan']['title'];
}

/** The annual summaries' SQL: versions of a plan's year, the draft's writes, publication, the lists. */
export class AnnualSummariesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get summaries() {
    return this.manager.getRepository(AnnualSummaryEntity);
  }

  /** Serialises generating and publishing a plan's year (two officials at once get one draft). */
  async lockYear(planId: string, year: number): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('annual_summary:' || $1), $2)`, [planId, year]);
  }

  /** The territory the summaries speak of (the first one set up). */
  territory(): Promise<TerritoryEntity | null> {
    return this.manager.getRepository(TerritoryEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  /** The headline figures of a year's latest published version. */
  async latestPublishedKey(planId: string, year: number): Promise<{ version: number; key: SummaryKeyFigures } | undefined> {
    const [row] = await this.manager.query(
      `SELECT version, figures->'key' AS key FROM annual_summaries WHERE plan_id = $1 AND year = $2 AND status = 'published' ORDER BY version DESC LIMIT 1`,
      [planId, year],
    );
    return row;
  }

  findById(id: string): Promise<AnnualSummaryEntity | null> {
    return this.summaries.findOneBy({ id });
  }

  lock(id: string): Promise<AnnualSummaryEntity | null> {
    return this.summaries.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  draft(planId: string, year: number): Promise<AnnualSummaryEntity | null> {
    return this.summaries.findOneBy({ planId, year, status: 'draft' });
  }

  latestPublished(planId: string, year: number): Promise<AnnualSummaryEntity | null> {
    return this.summaries.findOne({ where: { planId, year, status: 'published' }, order: { version: 'DESC' } });
  }

  /** Every version of a plan's year, newest first. */
  versions(planId: string, year: number): Promise<AnnualSummaryEntity[]> {
    return this.summaries.find({ where: { planId, year }, order: { version: 'DESC' } });
  }

  async update(id: string, values: Partial<AnnualSummaryEntity>): Promise<void> {
    await this.summaries.update({ id }, values);
  }

  insert(values: Partial<AnnualSummaryEntity>): Promise<AnnualSummaryEntity> {
    return this.summaries.save(this.summaries.create(values));
  }

  /** Writes the draft's narrative if it is still the draft at `revision`; false when nothing was written. */
  async writeNarrative(
    actorId: string,
    id: string,
    input: { revision: number; narrative: SummaryNarrative; correctionReason: string | null },
  ): Promise<boolean> {
    const [rows] = await this.manager.query(
      `UPDATE annual_summaries SET narrative = $3, correction_reason = $4, revision = revision + 1, updated_by_id = $5, updated_at = now()
        WHERE id = $1 AND status = 'draft' AND revision = $2 RETURNING id`,
      [id, input.revision, JSON.stringify(input.narrative), input.correctionReason, actorId],
    );
    return rows.length > 0;
  }

  async publish(actorId: string, id: string, correctionReason: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE annual_summaries SET status = 'published', published_at = now(), published_by_id = $2, correction_reason = $3, revision = revision + 1, updated_at = now()
          WHERE id = $1 AND status = 'draft'`,
      [id, actorId, correctionReason],
    );
  }

  /** Deletes the summary if it is a draft; false when nothing was deleted. */
  async deleteDraft(id: string): Promise<boolean> {
    const [rows] = await this.manager.query(`DELETE FROM annual_summaries WHERE id = $1 AND status = 'draft' RETURNING id`, [id]);
    return rows.length > 0;
  }

  /** The latest published version of each plan and year, newest year first. */
  async latestPublishedList(limit: number): Promise<AnnualSummaryListItem[]> {
    const rows: SummaryListRow[] = await this.manager.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (s.plan_id, s.year) ${LIST_COLUMNS}
           FROM annual_summaries s JOIN plans p ON p.id = s.plan_id
          WHERE s.status = 'published'
          ORDER BY s.plan_id, s.year, s.version DESC) latest
       ORDER BY year DESC, published_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toSummaryListItem);
  }

  /** The drafts (at most 100), newest year first. */
  async drafts(): Promise<AnnualSummaryListItem[]> {
    const rows: SummaryListRow[] = await this.manager.query(
      `SELECT ${LIST_COLUMNS}
             FROM annual_summaries s JOIN plans p ON p.id = s.plan_id WHERE s.status = 'draft' ORDER BY s.year DESC, s.generated_at DESC LIMIT 100`,
    );
    return rows.map(toSummaryListItem);
  }
}
