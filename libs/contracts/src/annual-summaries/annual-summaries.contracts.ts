import { z } from 'zod';
import { languageSchema, type Language, type TranslatedText } from '../common/languages';
import type { StakeholderCategory } from '../common/stakeholders';
import type { ContributionSource } from '../consultations/consultations.contracts';
import type { ActionStatus, IndicatorStatus, PartnerRegion } from '../accountability/accountability.contracts';

/**
 * The annual summary officials publish (issue 8, item 5): the figures of one calendar year, frozen
 * when the draft is generated, the narrative written in each language, published once and never
 * changed again. A correction is a new published version of the same year; the old one stays visible.
 */
export const SUMMARY_SECTIONS = ['introduction', 'highlights', 'challenges', 'outlook'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];
export const SUMMARY_STATUSES = ['draft', 'published'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];
export const SUMMARY_LIMITS = { narrative: 6000, reason: 1000, firstYear: 2000 } as const;

/** Markdown per section and language; a language left out falls back (visibly) to another. */
export const summaryNarrativeSchema = z.partialRecord(
  z.enum(SUMMARY_SECTIONS),
  z.partialRecord(languageSchema, z.string().max(SUMMARY_LIMITS.narrative)),
);
export type SummaryNarrative = z.infer<typeof summaryNarrativeSchema>;

export const generateSummaryRequestSchema = z
  .object({
    /** The plan's id or slug. */
    plan: z.string().trim().min(1).max(120),
    year: z.number().int().min(SUMMARY_LIMITS.firstYear).max(2100),
  })
  .strict();
export type GenerateSummaryRequest = z.infer<typeof generateSummaryRequestSchema>;

export const updateSummaryRequestSchema = z
  .object({
    narrative: summaryNarrativeSchema,
    /** Why this version corrects the published one (required to publish a version after the first). */
    correctionReason: z.string().trim().max(SUMMARY_LIMITS.reason).nullable().default(null),
    /** The revision the edit is based on (optimistic concurrency). */
    revision: z.number().int().min(0),
  })
  .strict();
export type UpdateSummaryRequest = z.input<typeof updateSummaryRequestSchema>;
export type UpdateSummaryInput = z.infer<typeof updateSummaryRequestSchema>;

export const publishSummaryRequestSchema = z
  .object({
    revision: z.number().int().min(0),
    /** Sets the correction reason on publishing (else the one saved with the draft is used). */
    correctionReason: z.string().trim().max(SUMMARY_LIMITS.reason).optional(),
  })
  .strict();
export type PublishSummaryRequest = z.infer<typeof publishSummaryRequestSchema>;

export const summaryQuerySchema = z.object({ version: z.union([z.literal('draft'), z.coerce.number().int().min(1)]).optional() }).strict();
export const summaryPdfQuerySchema = summaryQuerySchema.extend({ lang: languageSchema.optional() }).strict();
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;
export type SummaryPdfQuery = z.infer<typeof summaryPdfQuerySchema>;

/**
 * The headline figures, compared year on year. null: not known for that year (a computed previous
 * year has no action progress or budget history; a hidden count is below the public threshold).
 */
export const SUMMARY_KEY_FIGURES = [
  'consultations',
  'interviews',
  'institutions',
  'participants',
  'contributions',
  'proposalsReceived',
  'proposalsAccepted',
  'rooms',
  'actionProgress',
  'indicatorsOnTrack',
  'partners',
  'budgetSpent',
] as const;
export type SummaryKeyFigure = (typeof SUMMARY_KEY_FIGURES)[number];
export type SummaryKeyFigures = Record<SummaryKeyFigure, number | null>;

export interface SummaryLine {
  id: string;
  code: string;
  title: TranslatedText;
  /** Mean progress of the line's actions that are not dropped (0-100). */
  progress: number;
  actions: number;
  done: number;
}

export interface SummaryIndicator {
  id: string;
  actionCode: string;
  kind: 'quantitative' | 'qualitative';
  name: TranslatedText;
  unit: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetDate: string | null;
  /** The latest measurement up to the end of the year. */
  latestValue: number | null;
  latestOn: string | null;
  /** The value expected at the latest measurement's date on the straight line to the target. */
  expectedValue: number | null;
  status: IndicatorStatus;
}

/** The frozen figures of a summary (stored with it; regenerating a draft refreshes them). */
export interface SummaryFigures {
  year: number;
  generatedAt: string;
  territory: { name: TranslatedText; country: string } | null;
  plan: { id: string; slug: string; title: TranslatedText; periodStart: number; periodEnd: number };
  participation: {
    consultations: number;
    interviews: number;
    meetings: number;
    institutions: number;
    /**
     * People and organisations who took part during the year: whose participation in a consultation
     * (first to last input) overlaps it (null when below the public threshold).
     */
    participants: number | null;
    /** Counted once each, under their latest category and country; small cells hidden (null). */
    byCategory: { category: StakeholderCategory; participants: number | null }[];
    byCountry: { country: string | null; participants: number | null }[];
    countries: number;
    contributions: number;
    bySource: { source: ContributionSource; contributions: number }[];
    /** Inputs without text (questionnaires answered with choices only...). */
    otherInputs: number;
    proposalsReceived: number;
    proposalsAccepted: number;
    rooms: number;
    /** Cells describing fewer people than this are hidden. */
    minCell: number;
  };
  actions: { total: number; progress: number; byStatus: Record<ActionStatus, number>; lines: SummaryLine[] };
  indicators: { statusCounts: Record<IndicatorStatus, number>; items: SummaryIndicator[] };
  partnerships: { partners: number; perRegion: Record<PartnerRegion, number>; agreementsSigned: number; networks: number };
  budget: { planned: number; spent: number };
  key: SummaryKeyFigures;
  /** The previous year: its latest published summary, else figures computed at generation. */
  previous: { year: number; source: 'published' | 'computed'; version: number | null; key: SummaryKeyFigures };
}

export interface SummaryVersionRef {
  id: string;
  version: number;
  status: SummaryStatus;
  publishedAt: string | null;
  correctionReason: string | null;
}

export interface AnnualSummary {
  id: string;
  plan: { id: string; slug: string; title: TranslatedText };
  year: number;
  version: number;
  status: SummaryStatus;
  revision: number;
  figures: SummaryFigures;
  /** Markdown as written (for the editor). */
  narrative: SummaryNarrative;
  /** The same, rendered and sanitised, per section and language. */
  narrativeHtml: Partial<Record<SummarySection, Partial<Record<Language, string>>>>;
  correctionReason: string | null;
  generatedAt: string;
  publishedAt: string | null;
  /** The published version that replaced this one, if any. */
  supersededBy: number | null;
  /** Every version of the year the reader may see (the draft only for officials), newest first. */
  versions: SummaryVersionRef[];
  can: { edit: boolean; publish: boolean };
}

export interface AnnualSummaryListItem {
  id: string;
  plan: { id: string; slug: string; title: TranslatedText };
  year: number;
  version: number;
  status: SummaryStatus;
  generatedAt: string;
  publishedAt: string | null;
  key: SummaryKeyFigures;
  /** The introduction in each language, as plain text (for cards). */
  teaser: TranslatedText;
}

export interface AnnualSummaryList {
  /** The latest published version of each plan and year, newest year first. */
  published: AnnualSummaryListItem[];
  /** Drafts (officials and admins only). */
  drafts: AnnualSummaryListItem[];
  can: { generate: boolean };
}
