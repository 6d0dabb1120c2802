import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { organisationCategorySchema, stakeholderCategorySchema } from '../common/stakeholders';
import { countryCodeSchema } from '../common/countries';
import { pageQuerySchema } from '../common/pagination';

export const INTERVIEW_KINDS = ['interview', 'meeting'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const INTERVIEW_FORMATS = ['in_person', 'online'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
export const INTERVIEW_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
/** Who is invited: an institution (an organisation on the platform, or a named one) or a person. */
export const INVITEE_KINDS = ['organisation', 'person'] as const;
export type InviteeKind = (typeof INVITEE_KINDS)[number];

const translated = (max: number) => z.partialRecord(languageSchema, z.string().trim().max(max));

// ---- Interview guide -------------------------------------------------------------------------

export const guideQuestionInputSchema = z
  .object({ id: z.uuid().optional(), text: translated(1000) })
  .strict()
  .refine((q) => Object.values(q.text).some((t) => t?.trim()), { message: 'required', path: ['text'] });

/** The whole guide, in order: questions with an id are kept (their notes too), the others created. */
export const interviewGuideRequestSchema = z.object({ questions: z.array(guideQuestionInputSchema).max(60) }).strict();
export type InterviewGuideRequest = z.input<typeof interviewGuideRequestSchema>;

export const guideQuestionSchema = z.object({ id: z.uuid(), position: z.number().int(), text: translated(1000) });
export type GuideQuestion = z.infer<typeof guideQuestionSchema>;
export const interviewGuideSchema = z.object({ questions: z.array(guideQuestionSchema) });
export type InterviewGuide = z.infer<typeof interviewGuideSchema>;

// ---- Interviews and meetings -----------------------------------------------------------------

export const inviteeInputSchema = z
  .object({
    /** Present for an invitee already saved (its key points stay attached). */
    id: z.uuid().optional(),
    kind: z.enum(INVITEE_KINDS),
    /** An organisation on the platform (category and country come from it). */
    organisationId: z.uuid().nullish(),
    /** A named institution not on the platform, or a person's name. */
    name: z.string().trim().max(200).nullish(),
    category: stakeholderCategorySchema.nullish(),
    country: countryCodeSchema.nullish(),
    /** A person's position ("Head of international relations"). */
    role: z.string().trim().max(200).nullish(),
    attended: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'organisation' && !v.organisationId) {
      for (const field of ['name', 'category', 'country'] as const) {
        if (!v[field]) ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
      }
      if (v.category && !organisationCategorySchema.safeParse(v.category).success)
        ctx.addIssue({ code: 'custom', message: 'invalid_option', path: ['category'] });
    }
    if (v.kind === 'person' && !v.name) ctx.addIssue({ code: 'custom', message: 'required', path: ['name'] });
  });
export type InviteeInput = z.input<typeof inviteeInputSchema>;

const interviewFields = {
  kind: z.enum(INTERVIEW_KINDS),
  format: z.enum(INTERVIEW_FORMATS),
  status: z.enum(INTERVIEW_STATUSES),
  title: z.string().trim().max(200),
  location: z.string().trim().max(300).nullish(),
  scheduledAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(5).max(600).nullish(),
  interviewerIds: z.array(z.uuid()).max(20),
  invitees: z.array(inviteeInputSchema).max(60),
  /** Date the interviewee consented to being recorded and quoted; null: not (yet) given. */
  consentAt: z.iso.date().nullish(),
  /** Notes per guide question id. */
  notes: z.record(z.uuid(), z.string().max(20000)),
};

export const createInterviewRequestSchema = z
  .object({
    ...interviewFields,
    status: interviewFields.status.default('planned'),
    title: interviewFields.title.default(''),
    interviewerIds: interviewFields.interviewerIds.default([]),
    invitees: interviewFields.invitees.default([]),
    notes: interviewFields.notes.default({}),
  })
  .strict();
export type CreateInterviewRequest = z.input<typeof createInterviewRequestSchema>;

export const updateInterviewRequestSchema = z.object(interviewFields).partial().strict();
export type UpdateInterviewRequest = z.input<typeof updateInterviewRequestSchema>;

export const keyPointRequestSchema = z.object({ inviteeId: z.uuid(), text: z.string().trim().min(2).max(2000) }).strict();
export type KeyPointRequest = z.infer<typeof keyPointRequestSchema>;

export const interviewListQuerySchema = pageQuerySchema
  .extend({ status: z.enum(INTERVIEW_STATUSES).optional(), kind: z.enum(INTERVIEW_KINDS).optional() })
  .strict();
export type InterviewListQuery = z.input<typeof interviewListQuerySchema>;

export const inviteeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(INVITEE_KINDS),
  organisationId: z.uuid().nullable(),
  /** The organisation's name when on the platform, else the name given. */
  name: z.string(),
  category: stakeholderCategorySchema.nullable(),
  country: z.string().nullable(),
  role: z.string().nullable(),
  attended: z.boolean(),
});
export type Invitee = z.infer<typeof inviteeSchema>;

export const keyPointSchema = z.object({
  id: z.uuid(),
  inviteeId: z.uuid(),
  text: z.string(),
  /** Detected language of the statement. */
  language: z.string(),
  createdAt: z.string(),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const interviewSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  kind: z.enum(INTERVIEW_KINDS),
  format: z.enum(INTERVIEW_FORMATS),
  status: z.enum(INTERVIEW_STATUSES),
  title: z.string(),
  location: z.string().nullable(),
  scheduledAt: z.string(),
  durationMinutes: z.number().nullable(),
  consentAt: z.string().nullable(),
  interviewers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  invitees: z.array(inviteeSchema),
  notes: z.record(z.string(), z.string()),
  keyPoints: z.array(keyPointSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;

/** One row of the interviews list: no notes, key points counted. */
export const interviewSummarySchema = interviewSchema.omit({ notes: true, keyPoints: true }).extend({ keyPointCount: z.number().int() });
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

/** "32 interviews, 101 institutions": planned vs held vs cancelled, institutions reached per category. */
export const interviewProgressSchema = z.object({
  byStatus: z.record(z.enum(INTERVIEW_STATUSES), z.number().int()),
  byKind: z.record(z.enum(INTERVIEW_KINDS), z.number().int()),
  total: z.number().int(),
  /** Distinct institutions that attended a held interview or meeting. */
  institutionsReached: z.number().int(),
  /** Distinct institutions invited to any interview that was not cancelled. */
  institutionsInvited: z.number().int(),
  reachedByCategory: z.array(z.object({ category: stakeholderCategorySchema, institutions: z.number().int() })),
  keyPoints: z.number().int(),
});
export type InterviewProgress = z.infer<typeof interviewProgressSchema>;
