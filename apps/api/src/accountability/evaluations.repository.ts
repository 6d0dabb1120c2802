import { In, type EntityManager } from 'typeorm';
import { EvaluationEntity, EvaluationFindingEntity, EvaluationRecommendationEntity } from './evaluation.entity';

/** An evaluation in its plan's list, with how many findings and recommendations it holds. */
export type EvaluationListRow = EvaluationEntity & { findingsCount: number; recommendationsCount: number };

/** What an evaluation's editor writes (the rest is its state: status, revision, authors). */
export type EvaluationHeader = Pick<
  EvaluationEntity,
  'kind' | 'title' | 'periodStart' | 'periodEnd' | 'evaluatedOn' | 'evaluatorKind' | 'evaluatorName' | 'summary'
>;

/** A new draft evaluation of a plan. */
export type NewEvaluation = EvaluationHeader & Pick<EvaluationEntity, 'planId' | 'status' | 'revision'>;

/** A change of an evaluation's text or state. */
export type EvaluationChange = Partial<EvaluationHeader & Pick<EvaluationEntity, 'status' | 'publishedAt' | 'revision'>>;

/** A finding to insert; `id` when it keeps the one it had. */
export type NewFinding = Pick<
  EvaluationFindingEntity,
  'evaluationId' | 'position' | 'text' | 'assessment' | 'actionIds' | 'indicatorIds'
> & {
  id?: string;
};

type FollowUp = Pick<EvaluationRecommendationEntity, 'followUpStatus' | 'followUpResponse' | 'followUpOn'>;

/** A recommendation to insert; `id` and its follow-up when it keeps the ones it had. */
export type NewRecommendation = Pick<
  EvaluationRecommendationEntity,
  'evaluationId' | 'position' | 'text' | 'priority' | 'actionIds' | 'indicatorIds'
> &
  Partial<Pick<EvaluationRecommendationEntity, 'id' | 'followUpById'> & FollowUp>;

/** The evaluations' SQL: the plan's list with its counts, one evaluation and its lock, findings and recommendations. */
export class EvaluationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get evaluations() {
    return this.manager.getRepository(EvaluationEntity);
  }

  private get findings() {
    return this.manager.getRepository(EvaluationFindingEntity);
  }

  private get recommendations() {
    return this.manager.getRepository(EvaluationRecommendationEntity);
  }

  /** The plan's evaluations (only the published ones unless `withDrafts`), latest period first, 100 at most, with their counts. */
  async list(planId: string, withDrafts: boolean): Promise<EvaluationListRow[]> {
    const { entities, raw } = await this.evaluations
      .createQueryBuilder('e')
      .addSelect('(SELECT count(*)::int FROM plan_evaluation_findings f WHERE f.evaluation_id = e.id)', 'findings_count')
      .addSelect('(SELECT count(*)::int FROM plan_evaluation_recommendations r WHERE r.evaluation_id = e.id)', 'recommendations_count')
      .where('e.plan_id = :planId', { planId })
      .andWhere(withDrafts ? '1=1' : `e.status = 'published'`)
      .orderBy('e.period_end', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(100)
      .getRawAndEntities<{ findings_count: number; recommendations_count: number }>();
    return entities.map((e, i) =>
      Object.assign(e, { findingsCount: raw[i].findings_count, recommendationsCount: raw[i].recommendations_count }),
    );
  }

  async findById(id: string): Promise<EvaluationEntity | null> {
    return this.evaluations.findOneBy({ id });
  }

  /** The evaluation, locked until the end of the transaction. */
  async lock(id: string): Promise<EvaluationEntity | null> {
    return this.evaluations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The plan's published evaluations, latest period first. */
  async published(planId: string): Promise<EvaluationEntity[]> {
    return this.evaluations.find({ where: { planId, status: 'published' }, order: { periodEnd: 'DESC', publishedAt: 'DESC' } });
  }

  /** Inserts an evaluation written by the actor; answers its id. */
  async insert(actorId: string, evaluation: NewEvaluation): Promise<string> {
    const saved = await this.evaluations.save({ ...evaluation, createdById: actorId, updatedById: actorId });
    return saved.id;
  }

  async update(actorId: string, id: string, change: EvaluationChange): Promise<void> {
    await this.evaluations.update({ id }, { ...change, updatedById: actorId });
  }

  async remove(id: string): Promise<void> {
    await this.evaluations.delete({ id });
  }

  /** The findings and recommendations of these evaluations, in their order (two queries whatever the number). */
  async items(
    evaluationIds: string[],
  ): Promise<{ findings: EvaluationFindingEntity[]; recommendations: EvaluationRecommendationEntity[] }> {
    const [findings, recommendations] = await Promise.all([
      this.findings.find({ where: { evaluationId: In(evaluationIds) }, order: { position: 'ASC' } }),
      this.recommendations.find({ where: { evaluationId: In(evaluationIds) }, order: { position: 'ASC' } }),
    ]);
    return { findings, recommendations };
  }

  async findingIds(evaluationId: string): Promise<Set<string>> {
    const rows = await this.findings.find({ select: { id: true }, where: { evaluationId } });
    return new Set(rows.map((f) => f.id));
  }

  async recommendationsOf(evaluationId: string): Promise<EvaluationRecommendationEntity[]> {
    return this.recommendations.findBy({ evaluationId });
  }

  /** Deletes the evaluation's findings and recommendations (before writing them again). */
  async removeItems(evaluationId: string): Promise<void> {
    await this.findings.delete({ evaluationId });
    await this.recommendations.delete({ evaluationId });
  }

  async insertItems(items: { findings: NewFinding[]; recommendations: NewRecommendation[] }): Promise<void> {
    if (items.findings.length) await this.findings.insert(items.findings);
    if (items.recommendations.length) await this.recommendations.insert(items.recommendations);
  }

  async recommendation(evaluationId: string, id: string): Promise<EvaluationRecommendationEntity | null> {
    return this.recommendations.findOneBy({ id, evaluationId });
  }

  /** Records the actor's follow-up on the recommendation; answers it updated. */
  async saveFollowUp(
    actorId: string,
    recommendation: EvaluationRecommendationEntity,
    followUp: FollowUp,
  ): Promise<EvaluationRecommendationEntity> {
    Object.assign(recommendation, { ...followUp, followUpById: actorId });
    await this.recommendations.save(recommendation);
    return recommendation;
  }
}
