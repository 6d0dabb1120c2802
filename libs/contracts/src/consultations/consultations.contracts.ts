import { z } from 'zod';
import { LANGUAGES, languageSchema, type Language } from '../common/languages';
import { stakeholderCategorySchema } from '../common/stakeholders';
import { pageQuerySchema } from '../common/pagination';

export const CONSULTATION_STATUSES = ['draft', 'published', 'closed', 'archived'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** The phases of a consultation, in their natural order (DOMAIN.md). */
export const PHASE_KINDS = ['diagnostic', 'consultation', 'co_drafting', 'public_review', 'monitoring'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** Where a contribution comes from; later features add their sources here. */
export const CONTRIBUTION_SOURCES = [
  'questionnaire_answer',
  'interview_key_point',
  'proposal',
  'proposal_comment',
  'room_message',
  'plan_annotation',
] as const;
export type ContributionSource = (typeof CONTRIBUTION_SOURCES)[number];

const isoDate = z.iso.date();

export const phaseSchema = z
  .object({ kind: z.enum(PHASE_KINDS), startsOn: isoDate, endsOn: isoDate })
  .strict()
  .refine((p) => p.startsOn <= p.endsOn, { message: 'invalid_dates', path: ['endsOn'] });
export type Phase = z.infer<typeof phaseSchema>;

/** Target share (percent) of participants per stakeholder category. */
export const quotasSchema = z
  .partialRecord(stakeholderCategorySchema, z.number().min(0).max(100))
  .refine((q) => Object.values(q).reduce((a, b) => a + (b ?? 0), 0) <= 100, { message: 'quotas_over_100' });
export type Quotas = z.infer<typeof quotasSchema>;

const text = (max: number) => z.partialRecord(languageSchema, z.string().trim().max(max));

const consultationFields = {
  title: text(200),
  summary: text(1000),
  /** Markdown; rendered and sanitised on output. */
  body: text(20000),
  languages: z.array(languageSchema).min(1).max(LANGUAGES.length),
  phases: z.array(phaseSchema).max(PHASE_KINDS.length),
  quotas: quotasSchema,
  planReference: z.string().trim().max(200).nullish(),
};

/** Title and summary are required in every language the consultation is offered in. */
function checkTranslations(
  value: { title?: Record<string, string | undefined>; summary?: Record<string, string | undefined>; languages?: Language[] },
  ctx: z.RefinementCtx,
) {
  for (const lang of value.languages ?? []) {
    for (const field of ['title', 'summary'] as const) {
      const v = value[field];
      if (v && !v[lang]?.trim()) ctx.addIssue({ code: 'custom', message: 'translation_missing', path: [field, lang] });
    }
  }
  const kinds = (value as { phases?: Phase[] }).phases?.map((p) => p.kind) ?? [];
  if (new Set(kinds).size !== kinds.length) ctx.addIssue({ code: 'custom', message: 'invalid', path: ['phases'] });
}

export const createConsultationRequestSchema = z
  .object({
    ...consultationFields,
    phases: consultationFields.phases.default([]),
    quotas: consultationFields.quotas.default({}),
    body: consultationFields.body.default({}),
  })
  .strict()
  .superRefine(checkTranslations);
export type CreateConsultationRequest = z.input<typeof createConsultationRequestSchema>;

export const updateConsultationRequestSchema = z.object(consultationFields).partial().strict().superRefine(checkTranslations);
export type UpdateConsultationRequest = z.input<typeof updateConsultationRequestSchema>;

export const consultationStatusRequestSchema = z.object({ status: z.enum(CONSULTATION_STATUSES) }).strict();
export type ConsultationStatusRequest = z.infer<typeof consultationStatusRequestSchema>;

export const facilitatorsRequestSchema = z.object({ userIds: z.array(z.uuid()).max(50) }).strict();
export type FacilitatorsRequest = z.infer<typeof facilitatorsRequestSchema>;

export const consultationListQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(200).optional(),
    status: z.enum(CONSULTATION_STATUSES).optional(),
    phase: z.enum(PHASE_KINDS).optional(),
  })
  .strict();
export type ConsultationListQuery = z.input<typeof consultationListQuerySchema>;

export const consultationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: text(200),
  summary: text(1000),
  body: text(20000),
  /** The body rendered from Markdown and sanitised, per language. */
  bodyHtml: text(100000),
  languages: z.array(languageSchema),
  status: z.enum(CONSULTATION_STATUSES),
  phases: z.array(phaseSchema),
  currentPhase: z.enum(PHASE_KINDS).nullable(),
  quotas: quotasSchema,
  planReference: z.string().nullable(),
  facilitators: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the viewer may do here. */
  can: z.object({ edit: z.boolean(), facilitate: z.boolean() }),
});
export type Consultation = z.infer<typeof consultationSchema>;

// ---- Contributions (read API for officials and facilitators) ----------------------------------

export const contributionListQuerySchema = pageQuerySchema
  .extend({
    source: z.enum(CONTRIBUTION_SOURCES).optional(),
    category: stakeholderCategorySchema.optional(),
    country: z
      .string()
      .length(2)
      .transform((c) => c.toUpperCase())
      .optional(),
    language: z.string().min(2).max(8).optional(),
    keyPoint: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    q: z.string().trim().max(200).optional(),
  })
  .strict();
export type ContributionListQuery = z.input<typeof contributionListQuerySchema>;

export const contributionSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid().nullable(),
  source: z.enum(CONTRIBUTION_SOURCES),
  sourceRef: z.string(),
  text: z.string(),
  language: z.string(),
  category: stakeholderCategorySchema,
  country: z.string().nullable(),
  /** Organisation name or named institution; a person's name only for officials. */
  author: z.string().nullable(),
  authorOrganisationId: z.uuid().nullable(),
  keyPoint: z.boolean(),
  createdAt: z.string(),
});
export type Contribution = z.infer<typeof contributionSchema>;
