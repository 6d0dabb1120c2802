import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  LANGUAGES,
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type AnnualSummaryList,
  type AnnualSummaryListItem,
  type GenerateSummaryRequest,
  type Language,
  type PublishSummaryRequest,
  type SummaryFigures,
  type SummaryNarrative,
  type TranslatedText,
  type UpdateSummaryInput,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { renderMarkdown } from '../core/text/markdown';
import { PlanService } from '../plan/plan.service';
import type { PlanEntity } from '../plan/plan.entity';
import { plainText } from '../plan/exports/plan-document';
import { TerritoryEntity } from '../territory/territory.entity';
import type { UserEntity } from '../users/user.entity';
import { AnnualSummaryEntity } from './annual-summary.entity';
import { SummariesPolicy } from './annual-summaries.policy';
import { computedPreviousKey, keyFigures, participationFigures, partnershipFigures, planFigures } from './summary-figures';

type Which = 'draft' | number | undefined;
const TEASER = 260;

/** Trims every text and drops empty ones, so "no text" is always a missing key. */
function cleanNarrative(narrative: SummaryNarrative): SummaryNarrative {
  const out: SummaryNarrative = {};
  for (const section of SUMMARY_SECTIONS) {
    const texts = Object.entries(narrative[section] ?? {})
      .map(([lang, text]) => [lang, (text ?? '').trim()] as const)
      .filter(([, text]) => text);
    if (texts.length) out[section] = Object.fromEntries(texts);
  }
  return out;
}

const teaser = (text: TranslatedText | undefined): TranslatedText =>
  Object.fromEntries(
    Object.entries(text ?? {}).map(([lang, md]) => {
      const plain = plainText(md ?? '').replace(/\s+/g, ' ');
      return [lang, plain.length > TEASER ? `${plain.slice(0, TEASER - 1).replace(/\s+\S*$/, '')}…` : plain];
    }),
  );

/**
 * Annual summaries (issue 8, item 5): officials generate a draft from the year's data (a frozen
 * snapshot of the figures), write the narrative in each language, and publish it; a published
 * version is never written again, a correction is the next version of the same year.
 */
@Injectable()
export class AnnualSummariesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
  ) {}

  /** The snapshot of a plan's year, as of now (every figure aggregated in SQL). */
  async computeFigures(manager: EntityManager, plan: PlanEntity, year: number): Promise<SummaryFigures> {
    const participation = await participationFigures(manager, year);
    const planned = await planFigures(manager, plan, year);
    const partnerships = await partnershipFigures(manager, year);
    const territory = await manager.getRepository(TerritoryEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
    const [previousSummary] = await manager.query(
      `SELECT version, figures->'key' AS key FROM annual_summaries WHERE plan_id = $1 AND year = $2 AND status = 'published' ORDER BY version DESC LIMIT 1`,
      [plan.id, year - 1],
    );
    const previous = previousSummary
      ? { year: year - 1, source: 'published' as const, version: previousSummary.version as number, key: previousSummary.key }
      : { year: year - 1, source: 'computed' as const, version: null, key: await computedPreviousKey(manager, plan, year - 1) };
    const figures = { participation, ...planned, partnerships };
    return {
      year,
      generatedAt: new Date().toISOString(),
      territory: territory ? { name: territory.name, country: territory.country } : null,
      plan: { id: plan.id, slug: plan.slug, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      ...figures,
      key: keyFigures(figures),
      previous,
    };
  }

  /**
   * Creates the year's draft, or refreshes its figures (the narrative is kept). When the year
   * already has a published version, the draft is its correction: the next version, starting
   * from the published narrative.
   */
  async generate(actor: UserEntity, body: GenerateSummaryRequest): Promise<AnnualSummary> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    if (body.year > new Date().getUTCFullYear())
      throw AppError.validation([{ path: 'year', code: 'out_of_range', params: { max: new Date().getUTCFullYear() } }]);
    const id = await this.db.transaction((manager) => this.generateIn(manager, actor.id, body));
    return this.byId(id, actor);
  }

  /** `generate` inside a caller's transaction (the demo seed uses it); returns the draft's id. */
  async generateIn(manager: EntityManager, actorId: string | null, body: GenerateSummaryRequest): Promise<string> {
    const plan = await this.plans.findPlan(body.plan, manager);
    await this.lockYear(manager, plan.id, body.year);
    const repo = manager.getRepository(AnnualSummaryEntity);
    const draft = await repo.findOneBy({ planId: plan.id, year: body.year, status: 'draft' });
    const published = await repo.findOne({ where: { planId: plan.id, year: body.year, status: 'published' }, order: { version: 'DESC' } });
    const figures = await this.computeFigures(manager, plan, body.year);
    if (draft) {
      await repo.update(
        { id: draft.id },
        { figures, generatedAt: new Date(figures.generatedAt), revision: draft.revision + 1, updatedById: actorId },
      );
      return draft.id;
    }
    const created = await repo.save(
      repo.create({
        planId: plan.id,
        year: body.year,
        version: (published?.version ?? 0) + 1,
        status: 'draft',
        figures,
        narrative: published?.narrative ?? {},
        correctionReason: null,
        generatedAt: new Date(figures.generatedAt),
        updatedById: actorId,
      }),
    );
    return created.id;
  }

  /** Saves the draft's narrative (and correction reason); a published version refuses every write. */
  async update(actor: UserEntity, id: string, body: UpdateSummaryInput): Promise<AnnualSummary> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    const result = await this.db.query(
      `UPDATE annual_summaries SET narrative = $3, correction_reason = $4, revision = revision + 1, updated_by_id = $5, updated_at = now()
        WHERE id = $1 AND status = 'draft' AND revision = $2 RETURNING id`,
      [id, body.revision, JSON.stringify(cleanNarrative(body.narrative)), body.correctionReason || null, actor.id],
    );
    if (!result[0].length) await this.whyNotWritable(this.db.manager, id);
    return this.byId(id, actor);
  }

  /** Publishes the draft: from now on it never changes. A version after the first needs its reason. */
  async publish(actor: UserEntity, id: string, body: PublishSummaryRequest): Promise<AnnualSummary> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const row = await manager.getRepository(AnnualSummaryEntity).findOneBy({ id });
      if (!row) throw AppError.notFound();
      await this.lockYear(manager, row.planId, row.year);
      const current = await manager.getRepository(AnnualSummaryEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AppError.notFound();
      if (current.status === 'published') throw AppError.conflict('summaries.published');
      if (current.revision !== body.revision) throw AppError.conflict('summaries.edit_conflict');
      const reason = (body.correctionReason ?? current.correctionReason ?? '').trim() || null;
      const problems: { path: string; code: 'required' }[] = [];
      if (current.version > 1 && !reason) problems.push({ path: 'correctionReason', code: 'required' });
      if (!Object.values(current.narrative.introduction ?? {}).some((text) => text?.trim()))
        problems.push({ path: 'narrative.introduction', code: 'required' });
      if (problems.length) throw AppError.validation(problems);
      await manager.query(
        `UPDATE annual_summaries SET status = 'published', published_at = now(), published_by_id = $2, correction_reason = $3, revision = revision + 1, updated_at = now()
          WHERE id = $1 AND status = 'draft'`,
        [id, actor.id, current.version > 1 ? reason : null],
      );
    });
    return this.byId(id, actor);
  }

  /** Throws away a draft (never a published version). */
  async discard(actor: UserEntity, id: string): Promise<void> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    const result = await this.db.query(`DELETE FROM annual_summaries WHERE id = $1 AND status = 'draft' RETURNING id`, [id]);
    if (!result[0].length) await this.whyNotWritable(this.db.manager, id);
  }

  /** A year's summary: the latest published version by default, a given version, or the draft (officials). */
  async get(planIdOrSlug: string, year: number, viewer: UserEntity | undefined, which: Which): Promise<AnnualSummary> {
    const plan = await this.plans.findPlan(planIdOrSlug);
    const staff = SummariesPolicy.canSeeDraft(viewer);
    const rows = await this.db.getRepository(AnnualSummaryEntity).find({ where: { planId: plan.id, year }, order: { version: 'DESC' } });
    const visible = rows.filter((r) => r.status === 'published' || staff);
    const row =
      which === 'draft'
        ? visible.find((r) => r.status === 'draft')
        : typeof which === 'number'
          ? visible.find((r) => r.version === which)
          : (visible.find((r) => r.status === 'published') ?? visible[0]);
    if (!row) throw AppError.notFound();
    return this.toView(row, plan, visible, viewer);
  }

  async byId(id: string, viewer: UserEntity | undefined): Promise<AnnualSummary> {
    const row = await this.db.getRepository(AnnualSummaryEntity).findOneBy({ id });
    if (!row || (row.status === 'draft' && !SummariesPolicy.canSeeDraft(viewer))) throw AppError.notFound();
    const plan = await this.plans.findPlan(row.planId);
    return this.get(plan.id, row.year, viewer, row.version);
  }

  /** The latest published version of each plan and year (and, for officials, the drafts), newest year first. */
  async list(viewer: UserEntity | undefined, limit = 20): Promise<AnnualSummaryList> {
    const staff = SummariesPolicy.canSeeDraft(viewer);
    const rows: Record<string, any>[] = await this.db.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (s.plan_id, s.year) s.id, s.plan_id, s.year, s.version, s.status, s.generated_at, s.published_at,
                s.figures->'key' AS key, s.narrative->'introduction' AS introduction, p.slug, p.title
           FROM annual_summaries s JOIN plans p ON p.id = s.plan_id
          WHERE s.status = 'published'
          ORDER BY s.plan_id, s.year, s.version DESC) latest
       ORDER BY year DESC, published_at DESC LIMIT $1`,
      [limit],
    );
    const drafts: Record<string, any>[] = staff
      ? await this.db.query(
          `SELECT s.id, s.plan_id, s.year, s.version, s.status, s.generated_at, s.published_at, s.figures->'key' AS key,
                  s.narrative->'introduction' AS introduction, p.slug, p.title
             FROM annual_summaries s JOIN plans p ON p.id = s.plan_id WHERE s.status = 'draft' ORDER BY s.year DESC, s.generated_at DESC LIMIT 100`,
        )
      : [];
    const item = (r: Record<string, any>): AnnualSummaryListItem => ({
      id: r.id,
      plan: { id: r.plan_id, slug: r.slug, title: r.title },
      year: r.year,
      version: r.version,
      status: r.status,
      generatedAt: new Date(r.generated_at).toISOString(),
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      key: r.key,
      teaser: teaser(r.introduction ?? undefined),
    });
    return { published: rows.map(item), drafts: drafts.map(item), can: { generate: SummariesPolicy.canManage(viewer) } };
  }

  private toView(
    row: AnnualSummaryEntity,
    plan: PlanEntity,
    versions: AnnualSummaryEntity[],
    viewer: UserEntity | undefined,
  ): AnnualSummary {
    const later = versions.filter((v) => v.status === 'published' && v.version > row.version).sort((a, b) => a.version - b.version)[0];
    const narrativeHtml: AnnualSummary['narrativeHtml'] = {};
    for (const section of SUMMARY_SECTIONS) {
      const texts = row.narrative[section];
      if (!texts) continue;
      narrativeHtml[section] = Object.fromEntries(
        LANGUAGES.filter((l) => texts[l]).map((l: Language) => [l, renderMarkdown(texts[l]!).trim()]),
      );
    }
    const draft = row.status === 'draft';
    return {
      id: row.id,
      plan: { id: plan.id, slug: plan.slug, title: plan.title },
      year: row.year,
      version: row.version,
      status: row.status,
      revision: row.revision,
      figures: row.figures,
      narrative: row.narrative,
      narrativeHtml,
      correctionReason: row.correctionReason,
      generatedAt: row.generatedAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      supersededBy: row.status === 'published' && later ? later.version : null,
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        publishedAt: v.publishedAt?.toISOString() ?? null,
        correctionReason: v.correctionReason,
      })),
      can: { edit: draft && SummariesPolicy.canManage(viewer), publish: draft && SummariesPolicy.canManage(viewer) },
    };
  }

  /** Serialises generating and publishing a plan's year (two officials at once get one draft). */
  private lockYear(manager: EntityManager, planId: string, year: number) {
    return manager.query(`SELECT pg_advisory_xact_lock(hashtext('annual_summary:' || $1), $2)`, [planId, year]);
  }

  private async whyNotWritable(manager: EntityManager, id: string): Promise<never> {
    const row = await manager.getRepository(AnnualSummaryEntity).findOneBy({ id });
    if (!row) throw AppError.notFound();
    if (row.status === 'published') throw AppError.conflict('summaries.published');
    throw AppError.conflict('summaries.edit_conflict');
  }
}
