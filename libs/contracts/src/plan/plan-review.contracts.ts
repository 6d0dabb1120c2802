import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { pageQuerySchema } from '../common/pagination';
import { STAKEHOLDER_CATEGORIES } from '../common/stakeholders';
import { PLAN_LIMITS, id } from './plan-fields';

/** Public review of a version: participants comment on or amend a passage, officials answer beside it. */
export const ANNOTATION_KINDS = ['comment', 'amendment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const ANNOTATION_STATUSES = ['open', 'answered', 'accepted', 'not_retained'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** A version's annotations, a page at a time, optionally those of one section. */
export const annotationListQuerySchema = pageQuerySchema.extend({ sectionId: id.optional() }).strict();
export type AnnotationListQuery = z.input<typeof annotationListQuerySchema>;

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
