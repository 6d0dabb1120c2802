import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';
import { CONTRIBUTION_SOURCES } from '../consultations/consultations.contracts';
import { PLAN_LIMITS, id, tt } from './plan-fields';
import { ANNOTATION_STATUSES } from './plan-review.contracts';
import { PLAN_SECTION_KINDS } from './plan-sections.contracts';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from './plan-suggestions.contracts';

/** "You said, we did": what became of each contribution, from a theme to an action of a version. */
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
