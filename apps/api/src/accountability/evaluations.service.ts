import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
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
import { renderTranslatedMarkdown } from '../core/text/markdown';
import type { UserEntity } from '../users/user.entity';
import { PlanService } from '../plan/plan.service';
import { ClearsMonitoring, MonitoringCache } from './monitoring-cache';
import { AccountabilityPolicy } from './accountability.policy';
import { EvaluationEntity, EvaluationFindingEntity, EvaluationRecommendationEntity } from './evaluation.entity';

const today = () => new Date().toISOString().slice(0, 10);
const written = (text: Record<string, string | undefined> | null | undefined) => !!text && Object.values(text).some((s) => !!s?.trim());
/** Only the languages actually written. */
const trimmed = <T extends Record<string, string | undefined>>(text: T): T =>
  Object.fromEntries(Object.entries(text).filter(([, v]) => v?.trim())) as T;

function toRecommendation(r: EvaluationRecommendationEntity): EvaluationRecommendation {
  return {
    id: r.id,
    text: r.text,
    priority: r.priority,
    actionIds: r.actionIds,
    indicatorIds: r.indicatorIds,
    followUp: { status: r.followUpStatus, response: r.followUpResponse, respondedOn: r.followUpOn },
  };
}

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
    const rows: (EvaluationEntity & { findings_count: number; recommendations_count: number })[] = await this.db
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .addSelect('(SELECT count(*)::int FROM plan_evaluation_findings f WHERE f.evaluation_id = e.id)', 'findings_count')
      .addSelect('(SELECT count(*)::int FROM plan_evaluation_recommendations r WHERE r.evaluation_id = e.id)', 'recommendations_count')
      .where('e.plan_id = :planId', { planId: plan.id })
      .andWhere(staff ? '1=1' : `e.status = 'published'`)
      .orderBy('e.period_end', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(100)
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((e, i) =>
          Object.assign(e, { findings_count: raw[i].findings_count, recommendations_count: raw[i].recommendations_count }),
        ),
      );
    const published = new Set(rows.filter((r) => r.status === 'published').map((r) => r.kind));
    return {
      items: rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        status: e.status,
        periodStart: e.periodStart,
        periodEnd: e.periodEnd,
        evaluatedOn: e.evaluatedOn,
        publishedAt: e.publishedAt?.toISOString() ?? null,
        findings: e.findings_count,
        recommendations: e.recommendations_count,
        updatedAt: e.updatedAt.toISOString(),
      })),
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
    const evaluation = await this.db.getRepository(EvaluationEntity).findOneBy({ id });
    if (!evaluation || !AccountabilityPolicy.canSeeEvaluation(viewer, evaluation.status)) throw AppError.notFound();
    await this.plans.findVisible(evaluation.planId, viewer);
    return (await this.withItems(this.db.manager, [evaluation], viewer))[0];
  }

  /** The published evaluations of a plan with their findings and recommendations, newest first (3 queries; 1 when there are none). */
  async published(planId: string, viewer?: UserEntity): Promise<Evaluation[]> {
    const rows = await this.db
      .getRepository(EvaluationEntity)
      .find({ where: { planId, status: 'published' }, order: { periodEnd: 'DESC', publishedAt: 'DESC' } });
    return this.withItems(this.db.manager, rows, viewer);
  }

  async create(actor: UserEntity, planIdOrSlug: string, input: CreateEvaluationInput): Promise<Evaluation> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      await this.validate(manager, plan.id, input);
      const saved = await manager.getRepository(EvaluationEntity).save({
        planId: plan.id,
        ...this.header(input),
        status: 'draft' as const,
        revision: 0,
        createdById: actor.id,
        updatedById: actor.id,
      });
      await this.writeItems(manager, saved.id, input, new Set(), new Map());
      return saved.id;
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
      const findings = await manager.getRepository(EvaluationFindingEntity).find({ select: { id: true }, where: { evaluationId: id } });
      const recommendations = await manager.getRepository(EvaluationRecommendationEntity).findBy({ evaluationId: id });
      await manager.getRepository(EvaluationFindingEntity).delete({ evaluationId: id });
      await manager.getRepository(EvaluationRecommendationEntity).delete({ evaluationId: id });
      await this.writeItems(manager, id, input, new Set(findings.map((f) => f.id)), new Map(recommendations.map((r) => [r.id, r])));
      await manager
        .getRepository(EvaluationEntity)
        .update({ id }, { ...this.header(input), revision: evaluation.revision + 1, updatedById: actor.id });
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
      await manager
        .getRepository(EvaluationEntity)
        .update({ id }, { status: 'published', publishedAt: new Date(), revision: evaluation.revision + 1, updatedById: actor.id });
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
      await manager.getRepository(EvaluationEntity).delete({ id });
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
      const repo = manager.getRepository(EvaluationRecommendationEntity);
      const rec = await repo.findOneBy({ id: recommendationId, evaluationId });
      if (!rec) throw AppError.notFound();
      const response = input.response && written(input.response) ? trimmed(input.response) : null;
      Object.assign(rec, {
        followUpStatus: input.status,
        followUpResponse: response,
        followUpOn: input.respondedOn ?? (response || input.status !== 'open' ? today() : null),
        followUpById: actor.id,
      });
      await repo.save(rec);
      return toRecommendation(rec);
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private async lock(manager: EntityManager, id: string): Promise<EvaluationEntity> {
    const evaluation = await manager.getRepository(EvaluationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!evaluation) throw AppError.notFound();
    return evaluation;
  }

  private header(input: CreateEvaluationInput) {
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
    manager: EntityManager,
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
    if (findings.length) await manager.getRepository(EvaluationFindingEntity).insert(findings);
    if (recommendations.length) await manager.getRepository(EvaluationRecommendationEntity).insert(recommendations);
  }

  /** Evaluations with their findings and recommendations, in two queries for the whole list (no N+1). */
  private async withItems(manager: EntityManager, rows: EvaluationEntity[], viewer?: UserEntity): Promise<Evaluation[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [findings, recommendations] = await Promise.all([
      manager.getRepository(EvaluationFindingEntity).find({ where: { evaluationId: In(ids) }, order: { position: 'ASC' } }),
      manager.getRepository(EvaluationRecommendationEntity).find({ where: { evaluationId: In(ids) }, order: { position: 'ASC' } }),
    ]);
    return rows.map((e) => ({
      id: e.id,
      planId: e.planId,
      kind: e.kind,
      title: e.title,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      evaluatedOn: e.evaluatedOn,
      evaluatorKind: e.evaluatorKind,
      evaluatorName: e.evaluatorName,
      status: e.status,
      summary: e.summary,
      summaryHtml: renderTranslatedMarkdown(e.summary),
      publishedAt: e.publishedAt?.toISOString() ?? null,
      revision: e.revision,
      findings: findings
        .filter((f) => f.evaluationId === e.id)
        .map((f) => ({ id: f.id, text: f.text, assessment: f.assessment, actionIds: f.actionIds, indicatorIds: f.indicatorIds })),
      recommendations: recommendations.filter((r) => r.evaluationId === e.id).map(toRecommendation),
      updatedAt: e.updatedAt.toISOString(),
      can: { edit: AccountabilityPolicy.canEditEvaluation(viewer, e.status), followUp: AccountabilityPolicy.canFollowUp(viewer) },
    }));
  }
}
