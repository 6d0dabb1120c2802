import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EVALUATION_KINDS,
  evaluationDueYear,
  type CreateEvaluationInput,
  type Evaluation,
  type EvaluationList,
  type EvaluationRecommendation,
  type FollowUpInput,
  type UpdateEvaluationInput,
} from '@polyphony/contracts';
import { AccountabilityRepository } from './accountability.repository';
import { AppError, type FieldProblem } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { PlanService } from '../plan/plan.service';
import { ClearsMonitoring, MonitoringCache } from './monitoring-cache';
import { AccountabilityPolicy } from './accountability.policy';
import type { EvaluationEntity, EvaluationRecommendationEntity } from './evaluation.entity';
import { toEvaluation, toEvaluationListItem, toRecommendation } from './evaluations.mapper';
import { EvaluationsRepository, type EvaluationHeader } from './evaluations.repository';

const today = () => new Date().toISOString().slice(0, 10);
const written = (text: Record<string, string | undefined> | null | undefined) => !!text && Object.values(text).some((s) => !!s?.trim());
/** Only the languages actually written. */
const trimmed = <T extends Record<string, string | undefined>>(text: T): T =>
  Object.fromEntries(Object.entries(text).filter(([, v]) => v?.trim())) as T;

/** Intermediate and final evaluations of a plan: drafts, publication, findings and recommendations, follow-up. */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly cache: MonitoringCache,
  ) {}

  /** The evaluations of a visible plan (drafts for officials only), and which of the promised ones are published. */
  async list(planIdOrSlug: string, viewer?: UserEntity): Promise<EvaluationList> {
    const plan = await this.plans.findVisible(planIdOrSlug, viewer);
    const staff = AccountabilityPolicy.canEdit(viewer);
    const rows = await new EvaluationsRepository(this.db.manager).list(plan.id, staff);
    const published = new Set(rows.filter((r) => r.status === 'published').map((r) => r.kind));
    return {
      items: rows.map(toEvaluationListItem),
      due: EVALUATION_KINDS.map((kind) => ({
        kind,
        year: evaluationDueYear(kind, plan.periodStart, plan.periodEnd),
        published: published.has(kind),
      })),
      can: { create: staff },
    };
  }

  /** One evaluation, if the viewer may see it (a draft is 404 for others than officials). */
  async get(id: string, viewer?: UserEntity): Promise<Evaluation> {
    const evaluation = await new EvaluationsRepository(this.db.manager).findById(id);
    if (!evaluation || !AccountabilityPolicy.canSeeEvaluation(viewer, evaluation.status)) throw AppError.notFound();
    await this.plans.findVisible(evaluation.planId, viewer);
    return (await this.withItems(this.db.manager, [evaluation], viewer))[0];
  }

  /** The published evaluations of a plan with their findings and recommendations, newest first (3 queries; 1 when there are none). */
  async published(planId: string, viewer?: UserEntity): Promise<Evaluation[]> {
    const rows = await new EvaluationsRepository(this.db.manager).published(planId);
    return this.withItems(this.db.manager, rows, viewer);
  }

  async create(actor: UserEntity, planIdOrSlug: string, input: CreateEvaluationInput): Promise<Evaluation> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      await this.validate(manager, plan.id, input);
      const repo = new EvaluationsRepository(manager);
      const id = await repo.insert(actor.id, { planId: plan.id, ...this.header(input), status: 'draft', revision: 0 });
      await this.writeItems(repo, id, input, new Set(), new Map());
      return id;
    });
    return this.get(id, actor);
  }

  /** Replaces a draft's text, findings and recommendations (ids kept; recommendations keep their follow-up). */
  @ClearsMonitoring()
  async update(actor: UserEntity, id: string, input: UpdateEvaluationInput): Promise<Evaluation> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const evaluation = await this.lock(manager, id);
      if (!AccountabilityPolicy.canEditEvaluation(actor, evaluation.status)) throw AppError.conflict('accountability.evaluation_published');
      if (evaluation.revision !== input.revision) throw AppError.conflict('accountability.edit_conflict');
      await this.validate(manager, evaluation.planId, input);
      const repo = new EvaluationsRepository(manager);
      const findings = await repo.findingIds(id);
      const recommendations = await repo.recommendationsOf(id);
      await repo.removeItems(id);
      await this.writeItems(repo, id, input, findings, new Map(recommendations.map((r) => [r.id, r])));
      await repo.update(actor.id, id, { ...this.header(input), revision: evaluation.revision + 1 });
    });
    return this.get(id, actor);
  }

  /** Publishes a draft: public from now on, its text frozen. The summary must be written in at least one language. */
  @ClearsMonitoring()
  async publish(actor: UserEntity, id: string, revision: number): Promise<Evaluation> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const evaluation = await this.lock(manager, id);
      if (evaluation.status === 'published') throw AppError.conflict('accountability.evaluation_published');
      if (evaluation.revision !== revision) throw AppError.conflict('accountability.edit_conflict');
      if (!written(evaluation.summary)) throw AppError.validation([{ path: 'summary', code: 'required' }]);
      await new EvaluationsRepository(manager).update(actor.id, id, {
        status: 'published',
        publishedAt: new Date(),
        revision: evaluation.revision + 1,
      });
    });
    return this.get(id, actor);
  }

  /** Deletes a draft (a published evaluation stays: it is part of the record). */
  @ClearsMonitoring()
  async remove(actor: UserEntity, id: string): Promise<void> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const evaluation = await this.lock(manager, id);
      if (evaluation.status === 'published') throw AppError.conflict('accountability.evaluation_published');
      await new EvaluationsRepository(manager).remove(id);
    });
  }

  /** Records the territory's answer to a recommendation (dated today unless a date is given). */
  @ClearsMonitoring()
  async followUp(
    actor: UserEntity,
    evaluationId: string,
    recommendationId: string,
    input: FollowUpInput,
  ): Promise<EvaluationRecommendation> {
    if (!AccountabilityPolicy.canFollowUp(actor)) throw AppError.forbidden();
    return this.db.transaction(async (manager) => {
      await this.lock(manager, evaluationId);
      const repo = new EvaluationsRepository(manager);
      const rec = await repo.recommendation(evaluationId, recommendationId);
      if (!rec) throw AppError.notFound();
      const response = input.response && written(input.response) ? trimmed(input.response) : null;
      const saved = await repo.saveFollowUp(actor.id, rec, {
        followUpStatus: input.status,
        followUpResponse: response,
        followUpOn: input.respondedOn ?? (response || input.status !== 'open' ? today() : null),
      });
      return toRecommendation(saved);
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private async lock(manager: EntityManager, id: string): Promise<EvaluationEntity> {
    const evaluation = await new EvaluationsRepository(manager).lock(id);
    if (!evaluation) throw AppError.notFound();
    return evaluation;
  }

  private header(input: CreateEvaluationInput): EvaluationHeader {
    return {
      kind: input.kind,
      title: trimmed(input.title),
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      evaluatedOn: input.evaluatedOn,
      evaluatorKind: input.evaluatorKind,
      evaluatorName: input.evaluatorName || null,
      summary: trimmed(input.summary),
    };
  }

  /** Dates in order; every linked action and indicator belongs to this plan and is live (2 queries whatever the number of links). */
  private async validate(manager: EntityManager, planId: string, input: CreateEvaluationInput) {
    const problems: FieldProblem[] = [];
    if (input.periodEnd < input.periodStart) problems.push({ path: 'periodEnd', code: 'invalid_dates' });
    const items = [
      ...input.findings.map((f, i) => ({ f, path: `findings.${i}` })),
      ...input.recommendations.map((f, i) => ({ f, path: `recommendations.${i}` })),
    ];
    const actionIds = [...new Set(items.flatMap(({ f }) => f.actionIds))];
    const indicatorIds = [...new Set(items.flatMap(({ f }) => f.indicatorIds))];
    const repo = new AccountabilityRepository(manager);
    const okActions = await repo.liveActions(planId, actionIds);
    const okIndicators = await repo.liveIndicators(planId, indicatorIds);
    for (const { f, path } of items) {
      if (f.actionIds.some((a) => !okActions.has(a))) problems.push({ path: `${path}.actionIds`, code: 'invalid_option' });
      if (f.indicatorIds.some((a) => !okIndicators.has(a))) problems.push({ path: `${path}.indicatorIds`, code: 'invalid_option' });
    }
    if (problems.length) throw AppError.validation(problems);
  }

  private async writeItems(
    repo: EvaluationsRepository,
    evaluationId: string,
    input: CreateEvaluationInput,
    previousFindings: Set<string>,
    previous: Map<string, EvaluationRecommendationEntity>,
  ) {
    // Ids sent back from this evaluation are kept (once); any other id is ignored (a new row gets a new id).
    const seen = new Set<string>();
    const keep = (id: string | undefined, known: { has: (id: string) => boolean }) =>
      id && known.has(id) && !seen.has(id) ? (seen.add(id), id) : undefined;
    const findings = input.findings.map((f, position) => ({
      ...(keep(f.id, previousFindings) ? { id: f.id } : {}),
      evaluationId,
      position,
      text: trimmed(f.text),
      assessment: f.assessment,
      actionIds: f.actionIds,
      indicatorIds: f.indicatorIds,
    }));
    const recommendations = input.recommendations.map((r, position) => {
      const before = keep(r.id, previous) ? previous.get(r.id!) : undefined;
      return {
        ...(before
          ? {
              id: before.id,
              followUpStatus: before.followUpStatus,
              followUpResponse: before.followUpResponse,
              followUpOn: before.followUpOn,
              followUpById: before.followUpById,
            }
          : {}),
        evaluationId,
        position,
        text: trimmed(r.text),
        priority: r.priority,
        actionIds: r.actionIds,
        indicatorIds: r.indicatorIds,
      };
    });
    await repo.insertItems({ findings, recommendations });
  }

  /** Evaluations with their findings and recommendations, in two queries for the whole list (no N+1). */
  private async withItems(manager: EntityManager, rows: EvaluationEntity[], viewer?: UserEntity): Promise<Evaluation[]> {
    if (!rows.length) return [];
    const items = await new EvaluationsRepository(manager).items(rows.map((r) => r.id));
    const followUp = AccountabilityPolicy.canFollowUp(viewer);
    return rows.map((e) => toEvaluation(e, items, { edit: AccountabilityPolicy.canEditEvaluation(viewer, e.status), followUp }));
  }
}
