import { z } from 'zod';
import { PLAN_LIMITS, id, named, tt } from './plan-fields';
import { PLAN_SECTION_KINDS } from './plan-sections.contracts';

/** The plan's versions: named snapshots of the draft, opened to public review, and the differences between two. */
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
