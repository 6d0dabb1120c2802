import { z } from 'zod';
import { languageSchema, type TranslatedText } from '../common/languages';
import { countryCodeSchema } from '../common/countries';
import { reviewMarkSchema, type ReviewMark } from '../common/official-languages';
import { taxonomyKeySchema } from '../settings/taxonomy.contracts';
import type { PlanStatus } from '../plan/plan.contracts';
import type { Evaluation } from './evaluations.contracts';

/**
 * Accountability (issue 8): tracking the plan's actions (rows of plan_sections with kind 'action')
 * and indicators (plan_indicators), partner territories, and the public monitoring view.
 */
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Computed from the trajectory (see indicator-status.ts in the API): the expected value today is the
 * straight line from baseline (value, date) to target (value, date); the latest measurement's
 * achieved share of the expected change decides: >= 90 % on_track, >= 60 % at_risk, else off_track.
 * Qualitative indicators take the rating of their latest assessment. No measurement: no_data.
 */
export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const ASSESSMENT_RATINGS = ['on_track', 'at_risk', 'off_track'] as const;

export const ACCOUNTABILITY_LIMITS = { title: 200, text: 4000, items: 40 } as const;
const tt = (max: number) => z.partialRecord(languageSchema, z.string().max(max));
/** A translated text with at least one language written. */
const filled = (max: number) => tt(max).refine((v) => Object.values(v).some((s) => !!s?.trim()), { message: 'required' });
const title = z.string().trim().min(1).max(ACCOUNTABILITY_LIMITS.title);
const money = z.number().min(0).max(1e12);

/** Sub-action and milestone titles are per-language texts (issue 13, item 4), at least one language written. */
export const subActionSchema = z
  .object({
    title: filled(ACCOUNTABILITY_LIMITS.title),
    weight: z.number().min(0).max(1000).default(1),
    progress: z.number().int().min(0).max(100).default(0),
  })
  .strict();
export const milestoneSchema = z
  .object({ title: filled(ACCOUNTABILITY_LIMITS.title), dueOn: z.iso.date(), doneOn: z.iso.date().nullable().default(null) })
  .strict();
export const budgetLineSchema = z
  .object({
    line: filled(ACCOUNTABILITY_LIMITS.title),
    planned: money.default(0),
    spent: money.default(0),
    currency: z.string().length(3).default('EUR'),
  })
  .strict();

export const updateActionTrackingRequestSchema = z
  .object({
    status: z.enum(ACTION_STATUSES),
    /** Used when there are no sub-actions; with sub-actions progress is their weighted mean. */
    progress: z.number().int().min(0).max(100).default(0),
    /** The responsible department per language. */
    responsible: tt(ACCOUNTABILITY_LIMITS.title).nullable().default(null),
    subActions: z.array(subActionSchema).max(ACCOUNTABILITY_LIMITS.items).default([]),
    milestones: z.array(milestoneSchema).max(ACCOUNTABILITY_LIMITS.items).default([]),
    budgetLines: z.array(budgetLineSchema).max(ACCOUNTABILITY_LIMITS.items).default([]),
    /**
     * The "to review" marks as read (fields "responsible", "subActions.<i>.title", "milestones.<i>.title",
     * "budgetLines.<i>.line"): the server keeps only those it set, on unchanged texts; one left out is approved.
     */
    review: z.array(reviewMarkSchema).max(400).default([]),
  })
  .strict();
export type UpdateActionTrackingRequest = z.input<typeof updateActionTrackingRequestSchema>;
/** An action's tracking as saved (the answer of `PUT /accountability/actions/:actionId`); `progress` counts the sub-actions. */
export type ActionTracking = z.output<typeof updateActionTrackingRequestSchema> & {
  actionId: string;
  planId: string;
  revision: number;
  updatedById: string;
};
export type SubAction = z.infer<typeof subActionSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const recordMeasurementRequestSchema = z
  .object({
    measuredOn: z.iso.date(),
    /** Quantitative indicators: the value. */
    value: z.number().nullable().default(null),
    /** Qualitative indicators: the narrative assessment and its rating. */
    assessment: tt(ACCOUNTABILITY_LIMITS.text).nullable().default(null),
    rating: z.enum(ASSESSMENT_RATINGS).nullable().default(null),
    source: z.string().trim().max(ACCOUNTABILITY_LIMITS.title).nullable().default(null),
    note: z.string().trim().max(ACCOUNTABILITY_LIMITS.text).nullable().default(null),
  })
  .strict();
export type RecordMeasurementRequest = z.input<typeof recordMeasurementRequestSchema>;

export const recordExternalityRequestSchema = z
  .object({
    actionId: z.uuid().nullable().default(null),
    observedOn: z.iso.date(),
    description: filled(ACCOUNTABILITY_LIMITS.text),
    mitigation: tt(ACCOUNTABILITY_LIMITS.text).nullable().default(null),
  })
  .strict();
export type RecordExternalityRequest = z.input<typeof recordExternalityRequestSchema>;

export interface Measurement {
  id: string;
  measuredOn: string;
  value: number | null;
  assessment: TranslatedText | null;
  rating: (typeof ASSESSMENT_RATINGS)[number] | null;
  source: string | null;
  note: string | null;
}

export interface TrackedIndicator {
  id: string;
  actionId: string;
  kind: 'quantitative' | 'qualitative';
  name: TranslatedText;
  unit: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  status: IndicatorStatus;
  /** The value expected today on the straight line from baseline to target (quantitative only). */
  expectedNow: number | null;
  measurements: Measurement[];
}

export interface TrackedAction {
  id: string;
  lineId: string | null;
  title: TranslatedText;
  status: ActionStatus;
  /** 0-100: weighted from sub-actions if any, else as set. */
  progress: number;
  responsible: TranslatedText | null;
  subActions: SubAction[];
  milestones: Milestone[];
  budgetLines: BudgetLine[];
  /** Texts filled by machine translation, not yet reviewed by an official (issue 13, item 4). */
  review: ReviewMark[];
  revision: number;
}

export interface Externality {
  id: string;
  actionId: string | null;
  observedOn: string;
  description: TranslatedText;
  mitigation: TranslatedText | null;
}

export interface MonitoringLine {
  id: string;
  title: TranslatedText;
  /** Mean progress of the line's actions that are not dropped. */
  progress: number;
  actions: TrackedAction[];
}

export interface Monitoring {
  plan: {
    id: string;
    slug: string;
    title: TranslatedText;
    periodStart: number;
    periodEnd: number;
    status: PlanStatus;
    /**
     * Whose titles and structure are shown: the number of the latest published version (review
     * open or closed, or adopted) for the public; 'draft' (the working text) for officials, who
     * track the live actions, and for a plan with no published version.
     */
    showing: number | 'draft';
    /** The name of the version shown, if any. */
    versionName: TranslatedText | null;
  };
  progress: number;
  lines: MonitoringLine[];
  indicators: TrackedIndicator[];
  externalities: Externality[];
  statusCounts: Record<IndicatorStatus, number>;
  budget: { planned: number; spent: number };
  /** Published evaluations, newest first, with their findings and recommendations (linked to the actions and indicators above). */
  evaluations: Evaluation[];
  can: { edit: boolean };
}

/* Partnerships and geography */
/** A region of the territory's taxonomy (its key): each territory names its own (issue 14). */
export type PartnerRegion = string;
export const PARTNER_PRIORITIES = ['priority', 'intensify', 'encourage'] as const;
export type PartnerPriority = (typeof PARTNER_PRIORITIES)[number];
export const PARTNERSHIP_KINDS = ['bilateral', 'twinning', 'cooperation_project'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const agreementSchema = z.object({ title, signedOn: z.iso.date(), endsOn: z.iso.date().nullable().default(null) }).strict();
export type Agreement = z.infer<typeof agreementSchema>;

export const partnerRequestSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80),
    name: title,
    country: countryCodeSchema,
    region: taxonomyKeySchema,
    priority: z.enum(PARTNER_PRIORITIES),
    kind: z.enum(PARTNERSHIP_KINDS),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    agreements: z.array(agreementSchema).max(ACCOUNTABILITY_LIMITS.items).default([]),
  })
  .strict();
export type PartnerRequest = z.input<typeof partnerRequestSchema>;
export type Partner = z.infer<typeof partnerRequestSchema> & { id: string };

export const networkRequestSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80),
    name: title,
    joinedOn: z.iso.date().nullable().default(null),
    role: z.string().trim().max(ACCOUNTABILITY_LIMITS.title).nullable().default(null),
  })
  .strict();
export type NetworkRequest = z.input<typeof networkRequestSchema>;
export type NetworkMembership = z.infer<typeof networkRequestSchema> & { id: string };

export interface Partnerships {
  partners: Partner[];
  networks: NetworkMembership[];
  /** Partners per region that has any, in the taxonomy's order. */
  perRegion: Record<PartnerRegion, number>;
  can: { edit: boolean };
}

/** Parsed (defaults applied) request bodies, as the API receives them. */
export type ActionTrackingInput = z.infer<typeof updateActionTrackingRequestSchema>;
export type MeasurementInput = z.infer<typeof recordMeasurementRequestSchema>;
export type ExternalityInput = z.infer<typeof recordExternalityRequestSchema>;
export type PartnerInput = z.infer<typeof partnerRequestSchema>;
export type NetworkInput = z.infer<typeof networkRequestSchema>;
