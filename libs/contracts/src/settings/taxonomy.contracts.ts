import { z } from 'zod';
import { languageSchema } from '../common/languages';

/**
 * The territory's own vocabulary (issue 14), as rows with translations instead of enums: strategic
 * lines (a plan's line sections and proposals point to them), geographic priority regions (proposals,
 * plan priorities, partner territories), agendas besides the SDGs, indicator units.
 * Entries are referred to by their key, which never changes; labels do.
 */
export const TAXONOMY_KINDS = ['strategic_line', 'region', 'agenda', 'indicator_unit'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** Keys are what data points at: lower-case letters, digits and underscores. */
export const taxonomyKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_]{0,31}$/, 'invalid');

const label = z.partialRecord(languageSchema, z.string().trim().max(200));

export const createTaxonomyEntryRequestSchema = z
  .object({
    kind: z.enum(TAXONOMY_KINDS),
    /** Derived from the label when absent. */
    key: taxonomyKeySchema.optional(),
    label,
  })
  .strict()
  .refine((v) => Object.values(v.label).some(Boolean), { message: 'required', path: ['label'] });
export type CreateTaxonomyEntryRequest = z.input<typeof createTaxonomyEntryRequestSchema>;

export const updateTaxonomyEntryRequestSchema = z
  .object({ label, position: z.number().int().min(0).max(10000) })
  .partial()
  .strict()
  .refine((v) => !v.label || Object.values(v.label).some(Boolean), { message: 'required', path: ['label'] });
export type UpdateTaxonomyEntryRequest = z.input<typeof updateTaxonomyEntryRequestSchema>;

export const taxonomyEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(TAXONOMY_KINDS),
  key: z.string(),
  label,
  position: z.number(),
});
export type TaxonomyEntry = z.infer<typeof taxonomyEntrySchema>;

/** Every kind's entries, in order (public: the forms and pages label data with them). */
export const taxonomySchema = z.record(z.enum(TAXONOMY_KINDS), z.array(taxonomyEntrySchema));
export type Taxonomy = Record<TaxonomyKind, TaxonomyEntry[]>;
