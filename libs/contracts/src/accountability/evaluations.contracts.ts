import { z } from 'zod';
import { languageSchema, type TranslatedText } from '../common/languages';

/**
 * Evaluations of a plan (issue 8, item 4): the intermediate and the final evaluation the plan
 * promises, with findings and recommendations linked to the plan's own actions (plan_sections rows
 * with kind 'action') and indicators (plan_indicators). Drafts are seen by officials only; a
 * published evaluation is public and its text no longer changes: only the follow-up of its
 * recommendations (the territory's answer over time) goes on being updated.
 */
export const EVALUATION_KINDS = ['intermediate', 'final'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATOR_KINDS = ['internal', 'external'] as const;
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];
export const EVALUATION_STATUSES = ['draft', 'published'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const FINDING_ASSESSMENTS = ['positive', 'mixed', 'negative'] as const;
export type FindingAssessment = (typeof FINDING_ASSESSMENTS)[number];
export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number];
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'implemented', 'declined'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const EVALUATION_LIMITS = { title: 200, name: 200, summary: 20000, text: 4000, items: 60, links: 20 } as const;

const tt = (max: number) => z.partialRecord(languageSchema, z.string().max(max));
/** A translated text with at least one language written. */
const filled = (max: number) => tt(max).refine((v) => Object.values(v).some((s) => !!s?.trim()), { message: 'required' });
const links = z
  .array(z.uuid())
  .max(EVALUATION_LIMITS.links)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_key' })
  .default([]);

export const findingInputSchema = z
  .object({
    /** Kept from the evaluation as loaded (stable ids); new findings have none. */
    id: z.uuid().optional(),
    text: filled(EVALUATION_LIMITS.text),
    assessment: z.enum(FINDING_ASSESSMENTS),
    actionIds: links,
    indicatorIds: links,
  })
  .strict();
export type FindingInput = z.input<typeof findingInputSchema>;

export const recommendationInputSchema = z
  .object({
    id: z.uuid().optional(),
    text: filled(EVALUATION_LIMITS.text),
    priority: z.enum(RECOMMENDATION_PRIORITIES),
    actionIds: links,
    indicatorIds: links,
  })
  .strict();
export type RecommendationInput = z.input<typeof recommendationInputSchema>;

const evaluationFields = {
  kind: z.enum(EVALUATION_KINDS),
  title: filled(EVALUATION_LIMITS.title),
  /** The period the evaluation covers (periodEnd on or after periodStart). */
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  /** The date of the evaluation report. */
  evaluatedOn: z.iso.date().nullable().default(null),
  evaluatorKind: z.enum(EVALUATOR_KINDS),
  /** The team or body that evaluated ("Direction de l'audit interne", "Cabinet X"). */
  evaluatorName: z.string().trim().max(EVALUATION_LIMITS.name).nullable().default(null),
  /** Markdown, per language; may be empty in a draft, required to publish. */
  summary: tt(EVALUATION_LIMITS.summary).default({}),
  findings: z.array(findingInputSchema).max(EVALUATION_LIMITS.items).default([]),
  recommendations: z.array(recommendationInputSchema).max(EVALUATION_LIMITS.items).default([]),
};

export const createEvaluationRequestSchema = z.object(evaluationFields).strict();
export type CreateEvaluationRequest = z.input<typeof createEvaluationRequestSchema>;
export type CreateEvaluationInput = z.infer<typeof createEvaluationRequestSchema>;

/** Replaces a draft's content; `revision` is the one loaded (a stale save is refused with 409). */
export const updateEvaluationRequestSchema = z.object({ ...evaluationFields, revision: z.number().int().min(0) }).strict();
export type UpdateEvaluationRequest = z.input<typeof updateEvaluationRequestSchema>;
export type UpdateEvaluationInput = z.infer<typeof updateEvaluationRequestSchema>;

export const publishEvaluationRequestSchema = z.object({ revision: z.number().int().min(0) }).strict();
export type PublishEvaluationRequest = z.infer<typeof publishEvaluationRequestSchema>;

/** The territory's answer to a recommendation: on drafts and published evaluations alike. */
export const followUpRequestSchema = z
  .object({
    status: z.enum(FOLLOW_UP_STATUSES),
    response: tt(EVALUATION_LIMITS.text).nullable().default(null),
    respondedOn: z.iso.date().nullable().default(null),
  })
  .strict();
export type FollowUpRequest = z.input<typeof followUpRequestSchema>;
export type FollowUpInput = z.infer<typeof followUpRequestSchema>;

export interface EvaluationFinding {
  id: string;
  text: TranslatedText;
  assessment: FindingAssessment;
  actionIds: string[];
  indicatorIds: string[];
}

export interface RecommendationFollowUp {
  status: FollowUpStatus;
  response: TranslatedText | null;
  respondedOn: string | null;
}

export interface EvaluationRecommendation {
  id: string;
  text: TranslatedText;
  priority: RecommendationPriority;
  actionIds: string[];
  indicatorIds: string[];
  followUp: RecommendationFollowUp;
}

export interface Evaluation {
  id: string;
  planId: string;
  kind: EvaluationKind;
  title: TranslatedText;
  periodStart: string;
  periodEnd: string;
  evaluatedOn: string | null;
  evaluatorKind: EvaluatorKind;
  evaluatorName: string | null;
  status: EvaluationStatus;
  summary: TranslatedText;
  /** The summary rendered from Markdown and sanitised, per language. */
  summaryHtml: TranslatedText;
  publishedAt: string | null;
  revision: number;
  findings: EvaluationFinding[];
  recommendations: EvaluationRecommendation[];
  updatedAt: string;
  can: { edit: boolean; followUp: boolean };
}

export interface EvaluationListItem {
  id: string;
  kind: EvaluationKind;
  title: TranslatedText;
  status: EvaluationStatus;
  periodStart: string;
  periodEnd: string;
  evaluatedOn: string | null;
  publishedAt: string | null;
  findings: number;
  recommendations: number;
  updatedAt: string;
}

export interface EvaluationList {
  items: EvaluationListItem[];
  /** The evaluations the plan promises: an intermediate one by the middle of its period, a final one at its end. */
  due: { kind: EvaluationKind; year: number; published: boolean }[];
  can: { create: boolean };
}

/** The year an evaluation of a plan running from `start` to `end` is due (the middle of the period; its last year). */
export function evaluationDueYear(kind: EvaluationKind, start: number, end: number): number {
  return kind === 'final' ? end : start + Math.floor((end - start) / 2);
}
