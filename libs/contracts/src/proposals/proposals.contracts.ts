import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';
import { stakeholderCategorySchema, type StakeholderCategory } from '../common/stakeholders';
import { organisationCategorySchema } from '../common/stakeholders';
import { SDG_TARGET_CODES } from './sdgs';
import { taxonomyKeySchema } from '../settings/taxonomy.contracts';
import { csvSeparatorSchema, languageSchema } from '../common/languages';

export * from './sdgs';

/** The official answer lifecycle (issue 4): draft -> submitted -> under_evaluation -> an answer. */
export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'under_evaluation',
  'accepted',
  'partially_accepted',
  'not_retained',
  'merged',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_ANSWERS = ['accepted', 'partially_accepted', 'not_retained', 'merged'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];
/** Answers that need a public justification. */
export const ANSWERS_NEEDING_JUSTIFICATION: readonly ProposalStatus[] = ['not_retained', 'merged'];

/** Transitions officials make (submission, draft -> submitted, is the co-authors’). */
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, ProposalStatus[]> = {
  draft: ['submitted'],
  submitted: ['under_evaluation'],
  under_evaluation: ['accepted', 'partially_accepted', 'not_retained', 'merged'],
  // An answer can be reopened (corrected) by putting the proposal back under evaluation.
  accepted: ['under_evaluation'],
  partially_accepted: ['under_evaluation'],
  not_retained: ['under_evaluation'],
  merged: ['under_evaluation'],
};

/**
 * Strategic lines, world regions and agendas are the territory's own taxonomy (issue 14): rows with
 * translations (`/api/taxonomy`), referred to by their key. The service checks a key exists.
 */
export type StrategicLine = string;
export type WorldRegion = string;
export type Agenda = string;

export const PROPOSAL_LIMITS = {
  title: 200,
  body: 20000,
  expectedResults: 5000,
  theme: 120,
  comment: 4000,
  answer: 5000,
  partners: 12,
} as const;
/** Comments can be edited this long after posting. */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;

const sdgTarget = z.string().refine((code) => SDG_TARGET_CODES.includes(code), { message: 'invalid_option' });

const proposalFields = {
  title: z.string().trim().min(5).max(PROPOSAL_LIMITS.title),
  /** Markdown; rendered and sanitised on output. */
  body: z.string().trim().min(1).max(PROPOSAL_LIMITS.body),
  expectedResults: z.string().trim().max(PROPOSAL_LIMITS.expectedResults),
  strategicLine: taxonomyKeySchema.nullable(),
  theme: z.string().trim().max(PROPOSAL_LIMITS.theme).nullable(),
  regions: z.array(taxonomyKeySchema).max(40),
  /** Partner territories named freely ("Dakar", "Greater Manchester"). */
  partners: z.array(z.string().trim().min(1).max(120)).max(PROPOSAL_LIMITS.partners),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17),
  sdgTargets: z.array(sdgTarget).max(40),
  agendas: z.array(taxonomyKeySchema).max(40),
};

export const createProposalRequestSchema = z
  .object({
    ...proposalFields,
    expectedResults: proposalFields.expectedResults.default(''),
    strategicLine: proposalFields.strategicLine.default(null),
    theme: proposalFields.theme.default(null),
    regions: proposalFields.regions.default([]),
    partners: proposalFields.partners.default([]),
    sdgs: proposalFields.sdgs.default([]),
    sdgTargets: proposalFields.sdgTargets.default([]),
    agendas: proposalFields.agendas.default([]),
    consultationId: z.uuid().nullish(),
  })
  .strict();
export type CreateProposalRequest = z.input<typeof createProposalRequestSchema>;

export const updateProposalRequestSchema = z
  .object({
    ...proposalFields,
    /** The version the editor started from: an edit on top of someone else's newer version is refused (409). */
    baseVersion: z.number().int().min(1),
  })
  .partial()
  .required({ baseVersion: true })
  .strict();
export type UpdateProposalRequest = z.input<typeof updateProposalRequestSchema>;

export const PROPOSAL_SORTS = ['supports', 'newest', 'comments'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export const proposalListQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(200).optional(),
    status: z.enum(PROPOSAL_STATUSES).optional(),
    sdg: z.coerce.number().int().min(1).max(17).optional(),
    strategicLine: taxonomyKeySchema.optional(),
    category: stakeholderCategorySchema.optional(),
    consultationId: z.uuid().optional(),
    sort: z.enum(PROPOSAL_SORTS).default('supports'),
    /** Only proposals the viewer authors or co-authors (drafts included). */
    mine: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();
export type ProposalListQuery = z.input<typeof proposalListQuerySchema>;

export const inviteCoauthorRequestSchema = z.union([
  z.object({ kind: z.literal('person'), email: z.email().max(254) }).strict(),
  z.object({ kind: z.literal('person'), userId: z.uuid() }).strict(),
  z.object({ kind: z.literal('organisation'), organisationId: z.uuid() }).strict(),
]);
export type InviteCoauthorRequest = z.input<typeof inviteCoauthorRequestSchema>;

/** Co-author search: a name prefix (at least 2 characters); never e-mails. */
export const COAUTHOR_SEARCH_LIMIT = 8;
export const coauthorSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(80) }).strict();
export type CoauthorSearchQuery = z.infer<typeof coauthorSearchQuerySchema>;
export const coauthorCandidatesSchema = z.object({
  people: z.array(z.object({ id: z.uuid(), displayName: z.string(), category: stakeholderCategorySchema, country: z.string() })),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), category: organisationCategorySchema, country: z.string() })),
});
export type CoauthorCandidates = z.infer<typeof coauthorCandidatesSchema>;

export const invitationDecisionSchema = z.object({ decision: z.enum(['accept', 'decline']) }).strict();
export type InvitationDecision = z.infer<typeof invitationDecisionSchema>;

export const endorseRequestSchema = z.object({ organisationId: z.uuid() }).strict();
export type EndorseRequest = z.infer<typeof endorseRequestSchema>;

export const proposalStatusRequestSchema = z
  .object({
    status: z.enum(PROPOSAL_STATUSES),
    /** The public answer; required for not_retained and merged. */
    text: z.string().trim().max(PROPOSAL_LIMITS.answer).default(''),
    mergedIntoId: z.uuid().nullish(),
    /** The plan action an accepted proposal becomes (linked by the plan feature later). */
    planActionId: z.uuid().nullish(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (ANSWERS_NEEDING_JUSTIFICATION.includes(v.status) && v.text.length < 10)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['text'] });
    if (v.status === 'merged' && !v.mergedIntoId) ctx.addIssue({ code: 'custom', message: 'required', path: ['mergedIntoId'] });
  });
export type ProposalStatusRequest = z.input<typeof proposalStatusRequestSchema>;

export const createCommentRequestSchema = z
  .object({ body: z.string().trim().min(1).max(PROPOSAL_LIMITS.comment), parentId: z.uuid().nullish() })
  .strict();
export type CreateCommentRequest = z.input<typeof createCommentRequestSchema>;
export const updateCommentRequestSchema = z.object({ body: z.string().trim().min(1).max(PROPOSAL_LIMITS.comment) }).strict();
export type UpdateCommentRequest = z.infer<typeof updateCommentRequestSchema>;
export const commentVoteRequestSchema = z.object({ value: z.union([z.literal(1), z.literal(-1), z.literal(0)]) }).strict();
export type CommentVoteRequest = z.infer<typeof commentVoteRequestSchema>;
export const commentListQuerySchema = pageQuerySchema.extend({ limit: z.coerce.number().int().min(1).max(100).default(50) }).strict();
export type CommentListQuery = z.input<typeof commentListQuerySchema>;

export const versionDiffQuerySchema = z
  .object({
    from: z.coerce.number().int().min(1),
    to: z.coerce.number().int().min(1),
    /** The reader's language: the answer also carries the diff between the two versions' machine translations. */
    lang: languageSchema.optional(),
  })
  .strict();
export type VersionDiffQuery = z.input<typeof versionDiffQuerySchema>;

/** The proposals CSV: texts as written with their language, and their machine translation into `lang`. */
/** `separator`: the CSV's field separator (default: what spreadsheets expect in `lang`, csvSeparatorFor). */
export const proposalExportQuerySchema = z
  .object({ consultationId: z.uuid().optional(), lang: languageSchema.optional(), separator: csvSeparatorSchema.optional() })
  .strict();
export type ProposalExportQuery = z.input<typeof proposalExportQuerySchema>;

// ---- Responses -------------------------------------------------------------------------------

const person = z.object({ id: z.uuid(), displayName: z.string(), category: stakeholderCategorySchema });
export type ProposalPerson = z.infer<typeof person>;

export const coauthorSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['person', 'organisation']),
  status: z.enum(['invited', 'accepted', 'declined']),
  /** The invited person, or the member who answered for an organisation. */
  user: person.nullable(),
  organisation: z.object({ id: z.uuid(), name: z.string(), slug: z.string(), category: organisationCategorySchema }).nullable(),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type Coauthor = z.infer<typeof coauthorSchema>;

export const statusChangeSchema = z.object({
  id: z.uuid(),
  from: z.enum(PROPOSAL_STATUSES).nullable(),
  to: z.enum(PROPOSAL_STATUSES),
  text: z.string(),
  textHtml: z.string(),
  mergedInto: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  planActionId: z.uuid().nullable(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const proposalSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  excerpt: z.string(),
  language: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  strategicLine: taxonomyKeySchema.nullable(),
  theme: z.string().nullable(),
  sdgs: z.array(z.number()),
  agendas: z.array(z.string()),
  regions: z.array(z.string()),
  consultationId: z.uuid().nullable(),
  author: person,
  /** Accepted co-signing organisations. */
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), category: organisationCategorySchema })),
  supportCount: z.number(),
  endorsementCount: z.number(),
  commentCount: z.number(),
  hidden: z.boolean(),
  submittedAt: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const proposalSchema = proposalSummarySchema.extend({
  body: z.string(),
  /** The body rendered from Markdown and sanitised. */
  bodyHtml: z.string(),
  expectedResults: z.string(),
  expectedResultsHtml: z.string(),
  partners: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  version: z.number(),
  coauthors: z.array(coauthorSchema),
  endorsements: z.array(
    z.object({ organisation: z.object({ id: z.uuid(), name: z.string(), category: organisationCategorySchema }), at: z.string() }),
  ),
  /** Supports and endorsements per stakeholder category. */
  supportsByCategory: z.partialRecord(stakeholderCategorySchema, z.number()),
  endorsementsByCategory: z.partialRecord(stakeholderCategorySchema, z.number()),
  history: z.array(statusChangeSchema),
  answer: statusChangeSchema.nullable(),
  mergedInto: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  planActionId: z.uuid().nullable(),
  viewer: z.object({
    supported: z.boolean(),
    /** Organisations the viewer may endorse for, and whether each already endorsed. */
    organisations: z.array(z.object({ id: z.uuid(), name: z.string(), endorsed: z.boolean() })),
    invitation: coauthorSchema.nullable(),
    reported: z.boolean(),
  }),
  can: z.object({
    edit: z.boolean(),
    invite: z.boolean(),
    submit: z.boolean(),
    support: z.boolean(),
    comment: z.boolean(),
    answer: z.boolean(),
    moderate: z.boolean(),
    nextStatuses: z.array(z.enum(PROPOSAL_STATUSES)),
  }),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const proposalVersionSchema = z.object({
  number: z.number(),
  editor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
  /** Which fields this version changed compared with the previous one. */
  changed: z.array(z.string()),
});
export type ProposalVersion = z.infer<typeof proposalVersionSchema>;

export const diffPartSchema = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
const diffFieldsSchema = z.array(z.object({ field: z.string(), parts: z.array(diffPartSchema) }));
export const versionDiffSchema = z.object({
  from: proposalVersionSchema,
  to: proposalVersionSchema,
  fields: diffFieldsSchema,
  /** The proposal's language (its versions keep it). */
  language: z.string(),
  /**
   * With `lang` other than the proposal's: the same diff between the versions' machine translations into `lang`
   * (texts; other fields as they are). Absent when the engine is off or a text is not translated yet.
   */
  translation: z.object({ from: z.string(), to: z.string(), fields: diffFieldsSchema }).optional(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const supportStateSchema = z.object({
  supported: z.boolean(),
  supportCount: z.number(),
  supportsByCategory: z.partialRecord(stakeholderCategorySchema, z.number()),
});
export type SupportState = z.infer<typeof supportStateSchema>;

export const proposalCommentSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  author: person.nullable(),
  /** Empty when hidden by moderation (officials still see it). */
  bodyHtml: z.string(),
  body: z.string(),
  language: z.string(),
  agreeCount: z.number(),
  disagreeCount: z.number(),
  myVote: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
  hidden: z.boolean(),
  editedAt: z.string().nullable(),
  createdAt: z.string(),
  can: z.object({ edit: z.boolean(), reply: z.boolean() }),
});
export type ProposalComment = z.infer<typeof proposalCommentSchema>;
/** A page of top-level comments, each followed by its whole thread of replies. */
export interface CommentThreadPage {
  items: (ProposalComment & { replies: ProposalComment[] })[];
  nextCursor: string | null;
  total: number;
}

export type CategoryCounts = Partial<Record<StakeholderCategory, number>>;
