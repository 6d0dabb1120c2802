import { z } from 'zod';
import { languageSchema } from '../common/languages';

/**
 * The plan's limits and the field shapes its contract files share. PLAN_LIMITS is exported from the
 * library through plan.contracts.ts; the shapes (tt, id, named) stay inside the plan's contracts.
 */
export const PLAN_LIMITS = {
  title: 300,
  paragraph: 10000,
  paragraphs: 60,
  partners: 40,
  priorities: 60,
  indicators: 20,
  name: 200,
  reason: 4000,
  annotation: 4000,
  quote: 2000,
} as const;

/** A text per language, each at most `max` characters. */
export const tt = (max: number) => z.partialRecord(languageSchema, z.string().max(max));
export const id = z.uuid();

/** A translated text with at least one language written (names officials give: budget lines, version names). */
export const named = (max: number) => tt(max).refine((v) => Object.values(v).some((s) => !!s?.trim()), { message: 'required' });
