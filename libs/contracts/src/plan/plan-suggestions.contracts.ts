import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';
import { STAKEHOLDER_CATEGORIES } from '../common/stakeholders';
import { CONTRIBUTION_SOURCES } from '../consultations/consultations.contracts';
import { PLAN_LIMITS, id } from './plan-fields';
import { sectionContentSchema, sourcesSummarySchema } from './plan-sections.contracts';

/**
 * Suggestions and provenance: what participants said (a synthesis theme, a proposal, an interview or room
 * key point) suggested into the plan, decided by officials; the contributions behind each section.
 */
export const SUGGESTION_KINDS = ['new_action', 'addition', 'amendment'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_SOURCE_KINDS = ['theme', 'proposal', 'interview_key_point', 'room_key_point'] as const;
export type SuggestionSourceKind = (typeof SUGGESTION_SOURCE_KINDS)[number];
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

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

/** Which kind of source to list as candidates. */
export const suggestionCandidatesQuerySchema = z.object({ kind: z.enum(SUGGESTION_SOURCE_KINDS) }).strict();
export type SuggestionCandidatesQuery = z.input<typeof suggestionCandidatesQuerySchema>;

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
