import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { reviewMarkSchema } from '../common/official-languages';
import { STAKEHOLDER_CATEGORIES } from '../common/stakeholders';
import { CONTRIBUTION_SOURCES } from '../consultations/consultations.contracts';
import { taxonomyKeySchema } from '../settings/taxonomy.contracts';
import { SDG_TARGET_CODES } from '../proposals/sdgs';
import { textRevisionsSchema } from './plan-behind';
import { PLAN_LIMITS, id, named, tt } from './plan-fields';

/**
 * The plan's sections (issue 7): every editable unit is a section with a stable id (objectives, strategic
 * lines, actions, rich text); paragraphs and indicators carry stable ids too, so provenance, public
 * annotations and accountability stay attached through edits and restores.
 */
export const PLAN_SECTION_KINDS = ['text', 'general_objective', 'specific_objective', 'strategic_line', 'action'] as const;
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number];

export const PARTNER_KINDS = ['municipality', 'network', 'organisation'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** How hard a partner territory is worked with (the reference case: priority partners, intensify, encourage). */
export const PRIORITY_INTENSITIES = ['priority', 'intensify', 'encourage'] as const;
export type PriorityIntensity = (typeof PRIORITY_INTENSITIES)[number];

export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

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

// ---- Editing sections ------------------------------------------------------------------------------

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

/** Removing a section names the revision it was read at (`DELETE ...?revision=3`); a stale one is refused. */
export const removeSectionQuerySchema = z.object({ revision: z.coerce.number().int().min(0) }).strict();
export type RemoveSectionQuery = z.input<typeof removeSectionQuerySchema>;

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
