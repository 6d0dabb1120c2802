import { z } from 'zod';
import { CONTRIBUTION_SOURCES } from '../consultations/consultations.contracts';
import { stakeholderCategorySchema } from '../common/stakeholders';
import { countryCodeSchema } from '../common/countries';
import { pageQuerySchema } from '../common/pagination';

// ---- Runs --------------------------------------------------------------------------------------

export const SYNTHESIS_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SynthesisRunStatus = (typeof SYNTHESIS_RUN_STATUSES)[number];

/** Engine options an official may set (the rest keep the engine's defaults). */
export const synthesisParametersSchema = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    minThemes: z.number().int().min(1).max(30).optional(),
    maxThemes: z.number().int().min(2).max(40).optional(),
    minThemeSize: z.number().int().min(2).max(1000).optional(),
  })
  .strict()
  .refine((p) => p.minThemes === undefined || p.maxThemes === undefined || p.minThemes <= p.maxThemes, {
    message: 'out_of_range',
    path: ['minThemes'],
  });
export type SynthesisParameters = z.infer<typeof synthesisParametersSchema>;

export const createSynthesisRunRequestSchema = z
  .object({
    /** Only this room's messages; the whole consultation when absent. */
    roomId: z.uuid().nullish(),
    parameters: synthesisParametersSchema.optional(),
  })
  .strict();
export type CreateSynthesisRunRequest = z.input<typeof createSynthesisRunRequestSchema>;

export const themeChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'resized', 'unchanged']),
  themeId: z.uuid().nullable(),
  previousThemeId: z.uuid().nullable(),
  label: z.string(),
  size: z.number().int(),
  previousSize: z.number().int(),
  /** Jaccard overlap of the member sets (0 for added / removed). */
  overlap: z.number(),
});
export type ThemeChange = z.infer<typeof themeChangeSchema>;

export const runComparisonSchema = z.object({
  previousRunId: z.uuid(),
  added: z.number().int(),
  removed: z.number().int(),
  resized: z.number().int(),
  unchanged: z.number().int(),
  changes: z.array(themeChangeSchema),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;

export const synthesisRunSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  roomId: z.uuid().nullable(),
  status: z.enum(SYNTHESIS_RUN_STATUSES),
  progress: z.number().int().min(0).max(100),
  stage: z.string(),
  trigger: z.string(),
  engine: z.string().nullable(),
  inputHash: z.string().nullable(),
  inputCount: z.number().int(),
  parameters: z.record(z.string(), z.unknown()),
  counts: z.record(z.string(), z.number()).nullable(),
  timings: z.record(z.string(), z.number()).nullable(),
  error: z.string().nullable(),
  comparison: runComparisonSchema.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type SynthesisRun = z.infer<typeof synthesisRunSchema>;

export const runListQuerySchema = pageQuerySchema.extend({ roomId: z.uuid().optional() }).strict();
export type RunListQuery = z.input<typeof runListQuerySchema>;

// ---- Themes (the workspace) ----------------------------------------------------------------------

export const themeFiltersSchema = z
  .object({
    source: z.enum(CONTRIBUTION_SOURCES).optional(),
    category: stakeholderCategorySchema.optional(),
    country: countryCodeSchema.optional(),
  })
  .strict();
export type ThemeFilters = z.input<typeof themeFiltersSchema>;

/** The officials' workspace: a run (the latest by default) or a room's live synthesis, filtered. */
export const workspaceQuerySchema = themeFiltersSchema.extend({ runId: z.uuid().optional(), roomId: z.uuid().optional() }).strict();
export type WorkspaceQuery = z.input<typeof workspaceQuerySchema>;

const breakdown = z.record(z.string(), z.number());
export const synthesisThemeSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  position: z.number().int(),
  /** 'engine' | 'merged' | 'split' | 'other' */
  origin: z.string(),
  label: z.string(),
  /** Language the label is written in (the engine's pivot language when texts were translated); null when an official wrote it. */
  labelLanguage: z.string().nullable(),
  keyPhrases: z.array(z.string()),
  /** True when an official renamed it (kept across re-runs). */
  renamed: z.boolean(),
  size: z.number().int(),
  /** Members matching the filters (equals size without filters). */
  filteredSize: z.number().int(),
  cohesion: z.number(),
  /** The contributor's words as written, their language, and the pivot translation the engine read. */
  quotes: z.array(
    z.object({ id: z.string(), text: z.string(), centrality: z.number(), language: z.string().optional(), pivot: z.string().optional() }),
  ),
  byCategory: breakdown,
  byCountry: breakdown,
  byLanguage: breakdown,
  bySource: breakdown,
});
export type SynthesisTheme = z.infer<typeof synthesisThemeSchema>;

export const workspaceSchema = z.object({
  run: synthesisRunSchema,
  themes: z.array(synthesisThemeSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const renameThemeRequestSchema = z.object({ label: z.string().trim().min(1).max(200) }).strict();
export type RenameThemeRequest = z.input<typeof renameThemeRequestSchema>;

export const mergeThemesRequestSchema = z
  .object({ themeIds: z.array(z.uuid()).min(2).max(20), label: z.string().trim().min(1).max(200).optional() })
  .strict()
  .refine((v) => new Set(v.themeIds).size === v.themeIds.length, { message: 'duplicate_key', path: ['themeIds'] });
export type MergeThemesRequest = z.input<typeof mergeThemesRequestSchema>;

export const splitThemeRequestSchema = z
  .object({ contributionIds: z.array(z.uuid()).min(1).max(5000), label: z.string().trim().min(1).max(200) })
  .strict();
export type SplitThemeRequest = z.input<typeof splitThemeRequestSchema>;

export const themeContributionsQuerySchema = pageQuerySchema.extend(themeFiltersSchema.shape).strict();
export type ThemeContributionsQuery = z.input<typeof themeContributionsQuerySchema>;

export const themeContributionSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  language: z.string(),
  source: z.string(),
  category: z.string(),
  country: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string(),
});
export type ThemeContribution = z.infer<typeof themeContributionSchema>;

/** The themes a contribution belongs to, in the latest run of each scope (consultation, rooms). */
export const contributionThemeSchema = z.object({
  themeId: z.uuid(),
  runId: z.uuid(),
  roomId: z.uuid().nullable(),
  label: z.string(),
  size: z.number().int(),
});
export type ContributionTheme = z.infer<typeof contributionThemeSchema>;

/** The live synthesis of an open room (recomputed a moment after new messages). */
export const liveRoomSynthesisSchema = z.object({
  roomId: z.uuid(),
  messages: z.number().int(),
  computedAt: z.string(),
  /** True while a newer computation is on its way. */
  updating: z.boolean(),
  durationMs: z.number(),
  themes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      /** Language of the label (see synthesisThemeSchema): the reader's page translates it, marked. */
      labelLanguage: z.string().nullable(),
      size: z.number().int(),
      /** Messages as written: Markdown source, its sanitised HTML and its language. */
      quotes: z.array(z.object({ id: z.string(), text: z.string(), html: z.string(), language: z.string().nullable() })),
      byCategory: breakdown,
    }),
  ),
  /** Short answers ("Lyon", "Milano") counted per value rather than themed. */
  answers: z.array(z.object({ value: z.string(), count: z.number().int() })),
  other: z.number().int(),
});
export type LiveRoomSynthesis = z.infer<typeof liveRoomSynthesisSchema>;

// ---- Statements and votes ------------------------------------------------------------------------

export const VOTE_VALUES = ['agree', 'disagree', 'pass'] as const;
export type VoteChoice = (typeof VOTE_VALUES)[number];

export const createStatementRequestSchema = z
  .object({
    text: z.string().trim().min(3).max(300).optional(),
    /** Promote a contribution of this consultation (its text becomes the statement). */
    contributionId: z.uuid().optional(),
    roomId: z.uuid().nullish(),
  })
  .strict()
  .refine((v) => Boolean(v.text) !== Boolean(v.contributionId), { message: 'required', path: ['text'] });
export type CreateStatementRequest = z.input<typeof createStatementRequestSchema>;

export const statementListQuerySchema = pageQuerySchema.extend({ roomId: z.uuid().optional() }).strict();
export type StatementListQuery = z.input<typeof statementListQuerySchema>;

export const statementSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  roomId: z.uuid().nullable(),
  text: z.string(),
  language: z.string(),
  origin: z.string(),
  contributionId: z.uuid().nullable(),
  hidden: z.boolean(),
  agree: z.number().int(),
  disagree: z.number().int(),
  pass: z.number().int(),
  /** The viewer's own vote. */
  myVote: z.enum(VOTE_VALUES).nullable(),
  createdAt: z.string(),
});
export type Statement = z.infer<typeof statementSchema>;

export const voteRequestSchema = z.object({ vote: z.enum(VOTE_VALUES) }).strict();
export type VoteRequest = z.input<typeof voteRequestSchema>;

export const hideStatementRequestSchema = z.object({ hidden: z.boolean() }).strict();
export type HideStatementRequest = z.input<typeof hideStatementRequestSchema>;

export const opinionMapQuerySchema = z.object({ roomId: z.uuid().optional() }).strict();
export type OpinionMapQuery = z.input<typeof opinionMapQuerySchema>;

const statementRef = z.object({
  statementId: z.string(),
  text: z.string(),
  /** The statement's stored language (readers of another one get a marked machine translation). */
  language: z.string().optional(),
  agree: z.number(),
  disagree: z.number(),
  pass: z.number(),
});
export const opinionMapSchema = z.object({
  participants: z.number().int(),
  votes: z.number().int(),
  /** Fewer participants than this with enough votes: no map yet. */
  minParticipants: z.number().int(),
  minVotes: z.number().int(),
  ready: z.boolean(),
  explainedVariance: z.array(z.number()),
  points: z.array(z.object({ x: z.number(), y: z.number(), group: z.number().int(), me: z.boolean() })),
  groups: z.array(
    z.object({
      id: z.number().int(),
      size: z.number().int(),
      byCategory: breakdown,
      representative: z.array(statementRef.extend({ direction: z.enum(['agree', 'disagree']), pAgree: z.number(), pDisagree: z.number() })),
    }),
  ),
  consensus: z.array(statementRef.extend({ direction: z.enum(['agree', 'disagree']), minGroupProbability: z.number() })),
});
export type OpinionMap = z.infer<typeof opinionMapSchema>;

/** A Polis export brought into a consultation (file contents, as text). */
export const polisImportRequestSchema = z
  .object({
    comments: z.string().max(900_000).optional(),
    votes: z.string().max(900_000).optional(),
    participantsVotes: z.string().max(900_000).optional(),
    roomId: z.uuid().nullish(),
  })
  .strict()
  .refine((v) => Boolean(v.votes || v.participantsVotes), { message: 'required', path: ['votes'] })
  .refine((v) => !v.votes || Boolean(v.comments), { message: 'required', path: ['comments'] });
export type PolisImportRequest = z.input<typeof polisImportRequestSchema>;

export const polisImportResultSchema = z.object({
  statements: z.number().int(),
  votes: z.number().int(),
  participants: z.number().int(),
  format: z.string(),
});
export type PolisImportResult = z.infer<typeof polisImportResultSchema>;

/** The next statement the person has not voted on (null when none is left), with their progress. */
export interface NextStatement {
  statement: Statement | null;
  total: number;
  voted: number;
  canVote: boolean;
}
