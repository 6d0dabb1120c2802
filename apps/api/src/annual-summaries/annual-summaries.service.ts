import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type AnnualSummaryList,
  type GenerateSummaryRequest,
  type PublishSummaryRequest,
  type SummaryFigures,
  type SummaryNarrative,
  type UpdateSummaryInput,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { PlanService } from '../plan/plan.service';
import type { PlanEntity } from '../plan/plan.entity';
import type { UserEntity } from '../users/user.entity';
import { AnnualSummariesRepository } from './annual-summaries.repository';
import { toAnnualSummary } from './annual-summaries.mapper';
import { SummariesPolicy } from './annual-summaries.policy';
import { computedPreviousKey, keyFigures, participationFigures, partnershipFigures, planFigures } from './summary-figures';

type Which = 'draft' | number | undefined;

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
    const repo = new AnnualSummariesRepository(manager);
    const territory = await repo.territory();
    const previousSummary = await repo.latestPublishedKey(plan.id, year - 1);
    const previous = previousSummary
      ? { year: year - 1, source: 'published' as const, version: previousSummary.version, key: previousSummary.key }
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
    const repo = new AnnualSummariesRepository(manager);
    await repo.lockYear(plan.id, body.year);
    const draft = await repo.draft(plan.id, body.year);
    const published = await repo.latestPublished(plan.id, body.year);
    const figures = await this.computeFigures(manager, plan, body.year);
    if (draft) {
      await repo.update(draft.id, {
        figures,
        generatedAt: new Date(figures.generatedAt),
        revision: draft.revision + 1,
        updatedById: actorId,
      });
      return draft.id;
    }
    const created = await repo.insert({
      planId: plan.id,
      year: body.year,
      version: (published?.version ?? 0) + 1,
      status: 'draft',
      figures,
      narrative: published?.narrative ?? {},
      correctionReason: null,
      generatedAt: new Date(figures.generatedAt),
      updatedById: actorId,
    });
    return created.id;
  }

  /** Saves the draft's narrative (and correction reason); a published version refuses every write. */
  async update(actor: UserEntity, id: string, body: UpdateSummaryInput): Promise<AnnualSummary> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    const written = await this.repo().writeNarrative(actor.id, id, {
      revision: body.revision,
      narrative: cleanNarrative(body.narrative),
      correctionReason: body.correctionReason || null,
    });
    if (!written) await this.whyNotWritable(this.db.manager, id);
    return this.byId(id, actor);
  }

  /** Publishes the draft: from now on it never changes. A version after the first needs its reason. */
  async publish(actor: UserEntity, id: string, body: PublishSummaryRequest): Promise<AnnualSummary> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const repo = new AnnualSummariesRepository(manager);
      const row = await repo.findById(id);
      if (!row) throw AppError.notFound();
      await repo.lockYear(row.planId, row.year);
      const current = await repo.lock(id);
      if (!current) throw AppError.notFound();
      if (current.status === 'published') throw AppError.conflict('summaries.published');
      if (current.revision !== body.revision) throw AppError.conflict('summaries.edit_conflict');
      const reason = (body.correctionReason ?? current.correctionReason ?? '').trim() || null;
      const problems: { path: string; code: 'required' }[] = [];
      if (current.version > 1 && !reason) problems.push({ path: 'correctionReason', code: 'required' });
      if (!Object.values(current.narrative.introduction ?? {}).some((text) => text?.trim()))
        problems.push({ path: 'narrative.introduction', code: 'required' });
      if (problems.length) throw AppError.validation(problems);
      await repo.publish(actor.id, id, current.version > 1 ? reason : null);
    });
    return this.byId(id, actor);
  }

  /** Throws away a draft (never a published version). */
  async discard(actor: UserEntity, id: string): Promise<void> {
    if (!SummariesPolicy.canManage(actor)) throw AppError.forbidden();
    if (!(await this.repo().deleteDraft(id))) await this.whyNotWritable(this.db.manager, id);
  }

  /** A year's summary: the latest published version by default, a given version, or the draft (officials). */
  async get(planIdOrSlug: string, year: number, viewer: UserEntity | undefined, which: Which): Promise<AnnualSummary> {
    const plan = await this.plans.findPlan(planIdOrSlug);
    const staff = SummariesPolicy.canSeeDraft(viewer);
    const rows = await this.repo().versions(plan.id, year);
    const visible = rows.filter((r) => r.status === 'published' || staff);
    const row =
      which === 'draft'
        ? visible.find((r) => r.status === 'draft')
        : typeof which === 'number'
          ? visible.find((r) => r.version === which)
          : (visible.find((r) => r.status === 'published') ?? visible[0]);
    if (!row) throw AppError.notFound();
    return toAnnualSummary(row, plan, visible, SummariesPolicy.canManage(viewer));
  }

  async byId(id: string, viewer: UserEntity | undefined): Promise<AnnualSummary> {
    const row = await this.repo().findById(id);
    if (!row || (row.status === 'draft' && !SummariesPolicy.canSeeDraft(viewer))) throw AppError.notFound();
    const plan = await this.plans.findPlan(row.planId);
    return this.get(plan.id, row.year, viewer, row.version);
  }

  /** The latest published version of each plan and year (and, for officials, the drafts), newest year first. */
  async list(viewer: UserEntity | undefined, limit = 20): Promise<AnnualSummaryList> {
    const staff = SummariesPolicy.canSeeDraft(viewer);
    const published = await this.repo().latestPublishedList(limit);
    const drafts = staff ? await this.repo().drafts() : [];
    return { published, drafts, can: { generate: SummariesPolicy.canManage(viewer) } };
  }

  private repo(manager: EntityManager = this.db.manager) {
    return new AnnualSummariesRepository(manager);
  }

  private async whyNotWritable(manager: EntityManager, id: string): Promise<never> {
    const row = await this.repo(manager).findById(id);
    if (!row) throw AppError.notFound();
    if (row.status === 'published') throw AppError.conflict('summaries.published');
    throw AppError.conflict('summaries.edit_conflict');
  }
}
