import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { reviewMarkSchema } from '../common/official-languages';
import { textRevisionsSchema } from './plan-behind';
import { pageQuerySchema } from '../common/pagination';
import { STAKEHOLDER_CATEGORIES } from '../common/stakeholders';
import { CONTRIBUTION_SOURCES } from '../consultations/consultations.contracts';
import { taxonomyKeySchema } from '../settings/taxonomy.contracts';
import { SDG_TARGET_CODES } from '../proposals/sdgs';
import type { Ack } from '../rooms/rooms.events';

/**
 * The plan (issue 7): a structured, versioned document modelled on the reference case of DOMAIN.md.
 * Every editable unit is a section with a stable id (objectives, strategic lines, actions, rich text);
 * paragraphs carry stable ids too, so provenance and public annotations stay attached through edits
 * and restores. Actions and indicators are what accountability (issue 8) tracks.
 */
export const PLAN_STATUSES = ['draft', 'public_review', 'adopted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_SECTION_KINDS = ['text', 'general_objective', 'specific_objective', 'strategic_line', 'action'] as const;
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number];

export const PARTNER_KINDS = ['municipality', 'network', 'organisation'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** How hard a partner territory is worked with (the reference case: priority partners, intensify, encourage). */
export const PRIORITY_INTENSITIES = ['priority', 'intensify', 'encourage'] as const;
export type PriorityIntensity = (typeof PRIORITY_INTENSITIES)[number];

export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const SUGGESTION_KINDS = ['new_action', 'addition', 'amendment'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_SOURCE_KINDS = ['theme', 'proposal', 'interview_key_point', 'room_key_point'] as const;
export type SuggestionSourceKind = (typeof SUGGESTION_SOURCE_KINDS)[number];
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const ANNOTATION_KINDS = ['comment', 'amendment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const ANNOTATION_STATUSES = ['open', 'answered', 'accepted', 'not_retained'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

export const PLAN_LIMITS = {
  title: 300,
  paragraph: 10000,
  paragraphs: 60,
  partners: 40,
  priorities: 60,
  indicators: 20,
  name: 200,
  reason: 4000,
  annotation: 4000,
  quote: 2000,
} as const;

const tt = (max: number) => z.partialRecord(languageSchema, z.string().max(max));
const id = z.uuid();

export const paragraphSchema = z.object({ id, text: tt(PLAN_LIMITS.paragraph) }).strict();
export type PlanParagraph = z.infer<typeof paragraphSchema>;

export const partnerSchema = z
  .object({
    kind: z.enum(PARTNER_KINDS),
    name: z.string().trim().min(1).max(PLAN_LIMITS.name),
    organisationId: id.nullable().default(null),
  })
  .strict();
export type PlanPartner = z.infer<typeof partnerSchema>;

export const geographicPrioritySchema = z
  .object({
    territory: z.string().trim().min(1).max(PLAN_LIMITS.name),
    /** A region of the territory's taxonomy. */
    region: taxonomyKeySchema,
    intensity: z.enum(PRIORITY_INTENSITIES),
  })
  .strict();
export type GeographicPriority = z.infer<typeof geographicPrioritySchema>;

export const indicatorSchema = z
  .object({
    /** Stable id (client-generated for new ones): accountability attaches measurements to it. */
    id,
    kind: z.enum(INDICATOR_KINDS),
    name: tt(PLAN_LIMITS.name),
    unit: z.string().trim().max(40).nullable().default(null),
    baselineValue: z.number().nullable().default(null),
    baselineDate: z.iso.date().nullable().default(null),
    targetValue: z.number().nullable().default(null),
    targetDate: z.iso.date().nullable().default(null),
    source: z.string().trim().max(PLAN_LIMITS.name).nullable().default(null),
  })
  .strict();
export type PlanIndicator = z.infer<typeof indicatorSchema>;

/** A translated text with at least one language written (names officials give: budget lines, version names). */
const named = (max: number) => tt(max).refine((v) => Object.values(v).some((s) => !!s?.trim()), { message: 'required' });

export const budgetSchema = z
  .object({
    /** The budget line's name per language (issue 13: shown through the reading rule, never silently in another). */
    line: named(PLAN_LIMITS.name),
    amount: z.number().min(0).nullable().default(null),
    currency: z.string().length(3).default('EUR'),
  })
  .strict();

const sdgTarget = z.string().refine((code) => SDG_TARGET_CODES.includes(code), { message: 'invalid_option' });

/** What a section holds; the kind decides which parts the editor shows (structured fields are for actions and lines). */
export const sectionContentSchema = z
  .object({
    title: tt(PLAN_LIMITS.title),
    /** Rich text (Markdown per language), one entry per paragraph. */
    paragraphs: z.array(paragraphSchema).max(PLAN_LIMITS.paragraphs).default([]),
    expectedResults: z.array(paragraphSchema).max(PLAN_LIMITS.paragraphs).default([]),
    /** The lead department's name per language. */
    leadDepartment: tt(PLAN_LIMITS.name).nullable().default(null),
    partners: z.array(partnerSchema).max(PLAN_LIMITS.partners).default([]),
    geographicPriorities: z.array(geographicPrioritySchema).max(PLAN_LIMITS.priorities).default([]),
    sdgTargets: z.array(sdgTarget).max(60).default([]),
    agendas: z.array(taxonomyKeySchema).max(40).default([]),
    /** A strategic line section: the taxonomy's line it stands for (issue 14). */
    strategicLine: taxonomyKeySchema.nullable().optional(),
    budget: budgetSchema.nullable().default(null),
    indicators: z.array(indicatorSchema).max(PLAN_LIMITS.indicators).default([]),
    /**
     * Texts filled by machine translation and not yet reviewed (per field and language). The server
     * keeps only marks it set itself, and drops one when its text is edited or approved. Absent when
     * none (content saved before marks existed keeps its hash).
     */
    review: z.array(reviewMarkSchema).max(400).optional(),
    /**
     * Per field and language, the section revision its text last changed at (see plan-behind.ts).
     * Kept by the server from its stored content; what a client sends is ignored. Absent when none.
     */
    changed: textRevisionsSchema.optional(),
  })
  .strict();
export type SectionContent = z.output<typeof sectionContentSchema>;
export type SectionContentInput = z.input<typeof sectionContentSchema>;

// ---- Plan -----------------------------------------------------------------------------------------

const planHeaderFields = {
  title: tt(PLAN_LIMITS.title),
  periodStart: z.number().int().min(2000).max(2100),
  periodEnd: z.number().int().min(2000).max(2100),
  languages: z.array(languageSchema).min(1).max(4),
  consultationId: id.nullable(),
};

export const createPlanRequestSchema = z
  .object({
    ...planHeaderFields,
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{3,80}$/, 'invalid'),
    consultationId: id.nullable().default(null),
  })
  .strict()
  .refine((p) => p.periodStart <= p.periodEnd, { message: 'invalid_dates', path: ['periodEnd'] });
export type CreatePlanRequest = z.input<typeof createPlanRequestSchema>;

export const updatePlanRequestSchema = z
  .object({ ...planHeaderFields, revision: z.number().int().min(0) })
  .partial()
  .required({ revision: true })
  .strict();
export type UpdatePlanRequest = z.input<typeof updatePlanRequestSchema>;

export const planStatusRequestSchema = z.object({ status: z.enum(PLAN_STATUSES) }).strict();

export const createSectionRequestSchema = z
  .object({
    kind: z.enum(PLAN_SECTION_KINDS),
    parentId: id.nullable().default(null),
    afterId: id.nullable().default(null),
    content: sectionContentSchema,
  })
  .strict();
export type CreateSectionRequest = z.input<typeof createSectionRequestSchema>;

/** Optimistic concurrency: the revision the editor started from; a stale one gets 409 plan.edit_conflict. */
export const updateSectionRequestSchema = z.object({ revision: z.number().int().min(0), content: sectionContentSchema }).strict();
export type UpdateSectionRequest = z.input<typeof updateSectionRequestSchema>;

/** Fill the plan languages a section is missing by machine translation (marked "to review"). */
export const fillLanguagesRequestSchema = z.object({ revision: z.number().int().min(0) }).strict();
export type FillLanguagesRequest = z.input<typeof fillLanguagesRequestSchema>;

/** Approve a machine-translated text as it is: its "to review" mark goes. */
export const approveTranslationRequestSchema = z
  .object({ revision: z.number().int().min(0), field: z.string().min(1).max(120), language: languageSchema })
  .strict();
export type ApproveTranslationRequest = z.input<typeof approveTranslationRequestSchema>;

export const moveSectionRequestSchema = z
  .object({ revision: z.number().int().min(0), parentId: id.nullable(), position: z.number().int().min(0) })
  .strict();

export const sourcesSummarySchema = z.object({
  total: z.number(),
  byCategory: z.partialRecord(z.enum(STAKEHOLDER_CATEGORIES), z.number()),
  bySource: z.partialRecord(z.enum(CONTRIBUTION_SOURCES), z.number()),
  /** Links per paragraph id ('' for the section as a whole). */
  byParagraph: z.record(z.string(), z.number()),
});
export type SourcesSummary = z.infer<typeof sourcesSummarySchema>;

export const planSectionSchema = z.object({
  id,
  kind: z.enum(PLAN_SECTION_KINDS),
  parentId: id.nullable(),
  position: z.number(),
  /** Numbering: "1" for a line, "2.3" for an action, "O2" for a specific objective. */
  code: z.string(),
  revision: z.number(),
  content: sectionContentSchema,
  /** Paragraph id -> sanitised HTML of each language. */
  html: z.record(z.string(), tt(200000)),
  sources: sourcesSummarySchema,
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type PlanSection = z.infer<typeof planSectionSchema>;

export const planVersionSummarySchema = z.object({
  id,
  number: z.number(),
  /** Per language, as officials named it. */
  name: tt(PLAN_LIMITS.name),
  note: z.string(),
  review: z.enum(['none', 'open', 'closed']),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  annotations: z.number(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planSchema = z.object({
  id,
  slug: z.string(),
  title: tt(PLAN_LIMITS.title),
  periodStart: z.number(),
  periodEnd: z.number(),
  status: z.enum(PLAN_STATUSES),
  languages: z.array(languageSchema),
  consultationId: id.nullable(),
  revision: z.number(),
  /** 'draft' for the working copy (officials), else the version shown. */
  showing: z.union([z.literal('draft'), z.number()]),
  versionId: id.nullable(),
  sections: z.array(planSectionSchema),
  latestVersion: planVersionSummarySchema.nullable(),
  reviewVersion: planVersionSummarySchema.nullable(),
  pendingSuggestions: z.number(),
  can: z.object({ edit: z.boolean(), annotate: z.boolean() }),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planListItemSchema = planSchema.pick({
  id: true,
  slug: true,
  title: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  languages: true,
  updatedAt: true,
});
export type PlanListItem = z.infer<typeof planListItemSchema>;

export const planQuerySchema = z.object({ version: z.union([z.literal('draft'), z.coerce.number().int().min(1)]).optional() }).strict();

// ---- Versions and diff -------------------------------------------------------------------------------

export const createVersionRequestSchema = z
  .object({ name: named(PLAN_LIMITS.name), note: z.string().trim().max(2000).default('') })
  .strict();
export type CreateVersionRequest = z.input<typeof createVersionRequestSchema>;

/** Officials rename a version, per language (the snapshot itself never changes). */
export const renameVersionRequestSchema = z.object({ name: named(PLAN_LIMITS.name) }).strict();
export type RenameVersionRequest = z.input<typeof renameVersionRequestSchema>;

export const reviewRequestSchema = z.object({ open: z.boolean() }).strict();

export const diffQuerySchema = z
  .object({ from: z.coerce.number().int().min(1), to: z.union([z.literal('draft'), z.coerce.number().int().min(1)]) })
  .strict();

export const diffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof diffOpSchema>;

export const sectionDiffSchema = z.object({
  sectionId: id,
  kind: z.enum(PLAN_SECTION_KINDS),
  code: z.string(),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'moved']),
  /** One entry per field and language that changed ("title", "paragraphs", "leadDepartment"...). */
  fields: z.array(z.object({ field: z.string(), language: z.string().nullable(), ops: z.array(diffOpSchema) })),
});
export type SectionDiff = z.infer<typeof sectionDiffSchema>;
export const planDiffSchema = z.object({
  from: z.number(),
  to: z.union([z.literal('draft'), z.number()]),
  sections: z.array(sectionDiffSchema),
  unchanged: z.number(),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

// ---- Suggestions and provenance ------------------------------------------------------------------------

export const createSuggestionRequestSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS),
    /** theme id, proposal id, or the contribution id of an interview or room key point. */
    source: z.object({ kind: z.enum(SUGGESTION_SOURCE_KINDS), id }).strict(),
    /** new_action: the strategic line; addition and amendment: the section. */
    targetSectionId: id,
    /** amendment: the paragraph rewritten. */
    targetParagraphId: id.nullable().default(null),
    /** new_action: the action's content; addition/amendment: one paragraph in `paragraphs`. */
    content: sectionContentSchema,
    note: z.string().trim().max(PLAN_LIMITS.reason).default(''),
  })
  .strict();
export type CreateSuggestionRequest = z.input<typeof createSuggestionRequestSchema>;

export const decideSuggestionRequestSchema = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('accept'),
      content: sectionContentSchema.optional(),
      /** Where it goes (the official's choice): new_action, a strategic line; addition, a section. Default: the suggested one. */
      targetSectionId: id.optional(),
      /** new_action: the action's place among the line's actions; addition: the paragraph's place. Default: last. */
      position: z.number().int().min(0).optional(),
      proposalAnswer: z.string().trim().max(5000).optional(),
    })
    .strict(),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(3).max(PLAN_LIMITS.reason) }).strict(),
]);
export type DecideSuggestionRequest = z.input<typeof decideSuggestionRequestSchema>;

export const suggestionListQuerySchema = pageQuerySchema.extend({ status: z.enum(SUGGESTION_STATUSES).optional() }).strict();

export const quoteSchema = z.object({
  contributionId: id,
  text: z.string(),
  language: z.string(),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  source: z.enum(CONTRIBUTION_SOURCES),
  country: z.string().nullable(),
  /** Organisation or named institution; never a person's name. */
  author: z.string().nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const suggestionSchema = z.object({
  id,
  kind: z.enum(SUGGESTION_KINDS),
  sourceKind: z.enum(SUGGESTION_SOURCE_KINDS),
  sourceRef: z.string(),
  sourceLabel: z.string(),
  targetSectionId: id,
  targetCode: z.string(),
  targetParagraphId: id.nullable(),
  content: sectionContentSchema,
  note: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  reason: z.string().nullable(),
  resultSectionId: id.nullable(),
  resultCode: z.string().nullable(),
  sources: z.object({
    total: z.number(),
    byCategory: z.record(z.string(), z.number()),
    bySource: z.record(z.string(), z.number()),
    quotes: z.array(quoteSchema),
  }),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const sourcesQuerySchema = pageQuerySchema.extend({ paragraphId: id.optional() }).strict();
export const sectionSourcesSchema = z.object({
  summary: sourcesSummarySchema,
  quotes: z.array(quoteSchema),
  nextCursor: z.string().nullable(),
});
export type SectionSources = z.infer<typeof sectionSourcesSchema>;

/** What an official can turn into a suggestion. */
export const suggestionCandidateSchema = z.object({
  kind: z.enum(SUGGESTION_SOURCE_KINDS),
  id,
  label: z.string(),
  text: z.string(),
  count: z.number(),
  byCategory: z.record(z.string(), z.number()),
  suggested: z.boolean(),
});
export type SuggestionCandidate = z.infer<typeof suggestionCandidateSchema>;

// ---- Public review --------------------------------------------------------------------------------------

export const createAnnotationRequestSchema = z
  .object({
    sectionId: id,
    paragraphId: id,
    language: languageSchema,
    kind: z.enum(ANNOTATION_KINDS),
    /** The passage selected (empty: the whole paragraph). */
    quote: z.string().max(PLAN_LIMITS.quote).default(''),
    quoteStart: z.number().int().min(0).nullable().default(null),
    body: z.string().trim().min(1).max(PLAN_LIMITS.annotation),
    /** amendment: the paragraph as the participant would write it. */
    proposedText: z.string().trim().max(PLAN_LIMITS.paragraph).nullable().default(null),
  })
  .strict()
  .refine((a) => a.kind !== 'amendment' || !!a.proposedText, { message: 'required', path: ['proposedText'] });
export type CreateAnnotationRequest = z.input<typeof createAnnotationRequestSchema>;

export const answerAnnotationRequestSchema = z
  .object({ status: z.enum(['answered', 'accepted', 'not_retained']), answer: z.string().trim().min(1).max(PLAN_LIMITS.annotation) })
  .strict();
export type AnswerAnnotationRequest = z.input<typeof answerAnnotationRequestSchema>;

export const annotationSchema = z.object({
  id,
  versionId: id,
  sectionId: id,
  paragraphId: id,
  language: languageSchema,
  kind: z.enum(ANNOTATION_KINDS),
  quote: z.string(),
  quoteStart: z.number().nullable(),
  /** The comment as written (Markdown), for machine translation; bodyHtml is its rendering. */
  body: z.string(),
  bodyHtml: z.string(),
  proposedText: z.string().nullable(),
  author: z.string(),
  authorCategory: z.enum(STAKEHOLDER_CATEGORIES),
  mine: z.boolean(),
  status: z.enum(ANNOTATION_STATUSES),
  answerHtml: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

// ---- "You said, we did" ---------------------------------------------------------------------------------

export const FATE_STAGES = ['received', 'in_theme', 'suggested', 'in_draft', 'included', 'not_retained', 'answered'] as const;
export type FateStage = (typeof FATE_STAGES)[number];

export const contributionFateSchema = z.object({
  contributionId: id,
  text: z.string(),
  language: z.string(),
  source: z.enum(CONTRIBUTION_SOURCES),
  createdAt: z.string(),
  consultation: z.object({ id, slug: z.string(), title: tt(300) }).nullable(),
  /** Where it was said (a web path) and its context in the reader's language: the question answered, the room, the proposal. */
  origin: z.object({ path: z.string(), context: z.string().nullable() }).nullable(),
  stage: z.enum(FATE_STAGES),
  themes: z.array(z.object({ id, label: z.string() })),
  suggestions: z.array(
    z.object({
      id,
      kind: z.enum(SUGGESTION_KINDS),
      status: z.enum(SUGGESTION_STATUSES),
      reason: z.string().nullable(),
      targetCode: z.string(),
    }),
  ),
  /** Accepted into: the action or section, and the first version that carried it (null: only in the working draft). */
  inclusions: z.array(
    z.object({
      planSlug: z.string(),
      sectionId: id,
      kind: z.enum(PLAN_SECTION_KINDS),
      code: z.string(),
      title: z.string(),
      versionNumber: z.number().nullable(),
      versionName: tt(PLAN_LIMITS.name).nullable(),
      removed: z.boolean(),
    }),
  ),
  answer: z.object({ status: z.enum(ANNOTATION_STATUSES), text: z.string().nullable() }).nullable(),
});
export type ContributionFate = z.infer<typeof contributionFateSchema>;
export const fatesQuerySchema = pageQuerySchema.strict();

// ---- Exports ----------------------------------------------------------------------------------------------

export const planExportQuerySchema = z
  .object({ lang: languageSchema.optional(), version: z.union([z.literal('draft'), z.coerce.number().int().min(1)]).optional() })
  .strict();

// ---- Presence over socket.io --------------------------------------------------------------------------

export const planPresenceEntrySchema = z.object({ userId: id, displayName: z.string(), sectionId: id.nullable() });
export type PlanPresenceEntry = z.infer<typeof planPresenceEntrySchema>;
export const PLAN_CLIENT_EVENTS = {
  'plan:join': z.object({ planId: id }).strict(),
  'plan:editing': z.object({ planId: id, sectionId: id.nullable() }).strict(),
  'plan:leave': z.object({ planId: id }).strict(),
} as const;
export type PlanClientEvent = keyof typeof PLAN_CLIENT_EVENTS;
type PlanAck<T> = (answer: Ack<T>) => void;
/**
 * Client -> server, answered through the acknowledgement like every socket event: `{ ok: true, ... }`
 * or `{ ok: false, error }` (a stable code: validation_failed, unauthenticated, forbidden).
 */
export interface PlanClientToServerEvents {
  'plan:join': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:join']>, ack: PlanAck<{ editors: PlanPresenceEntry[] }>) => void;
  'plan:editing': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:editing']>, ack: PlanAck<{ editors: PlanPresenceEntry[] }>) => void;
  'plan:leave': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:leave']>, ack: PlanAck<object>) => void;
}
/** Server -> client: `plan:presence` { planId, editors }, `plan:section_saved` { planId, sectionId, revision, by }. */
export interface PlanServerToClientEvents {
  'plan:presence': (payload: { planId: string; editors: PlanPresenceEntry[] }) => void;
  'plan:section_saved': (payload: { planId: string; sectionId: string; revision: number; by: string }) => void;
}
