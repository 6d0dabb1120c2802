import type { Evaluation, EvaluationFinding, EvaluationListItem, EvaluationRecommendation } from '@polyphony/contracts';
import { renderTranslatedMarkdown } from '../core/text/markdown';
import type { EvaluationEntity, EvaluationFindingEntity, EvaluationRecommendationEntity } from './evaluation.entity';
import type { EvaluationListRow } from './evaluations.repository';

/** A line of a plan's list of evaluations, with its counts of findings and recommendations. */
export const toEvaluationListItem = (e: EvaluationListRow): EvaluationListItem => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  status: e.status,
  periodStart: e.periodStart,
  periodEnd: e.periodEnd,
  evaluatedOn: e.evaluatedOn,
  publishedAt: e.publishedAt?.toISOString() ?? null,
  findings: e.findingsCount,
  recommendations: e.recommendationsCount,
  updatedAt: e.updatedAt.toISOString(),
});

export const toFinding = (f: EvaluationFindingEntity): EvaluationFinding => ({
  id: f.id,
  text: f.text,
  assessment: f.assessment,
  actionIds: f.actionIds,
  indicatorIds: f.indicatorIds,
});

export function toRecommendation(r: EvaluationRecommendationEntity): EvaluationRecommendation {
  return {
    id: r.id,
    text: r.text,
    priority: r.priority,
    actionIds: r.actionIds,
    indicatorIds: r.indicatorIds,
    followUp: { status: r.followUpStatus, response: r.followUpResponse, respondedOn: r.followUpOn },
  };
}

/** An evaluation with its own findings and recommendations (picked from those of a whole list) and what the viewer may do. */
export const toEvaluation = (
  e: EvaluationEntity,
  items: { findings: EvaluationFindingEntity[]; recommendations: EvaluationRecommendationEntity[] },
  can: Evaluation['can'],
): Evaluation => ({
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
  findings: items.findings.filter((f) => f.evaluationId === e.id).map(toFinding),
  recommendations: items.recommendations.filter((r) => r.evaluationId === e.id).map(toRecommendation),
  updatedAt: e.updatedAt.toISOString(),
  can,
});
