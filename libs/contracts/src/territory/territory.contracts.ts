import { z } from 'zod';
import { translationHealthSchema } from '../translation/translation.contracts';
import { translatedTextSchema } from '../common/languages';

export const territorySchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: translatedTextSchema,
  country: z.string(),
  description: translatedTextSchema,
  municipalities: z.array(z.string()),
  stats: z.object({ organisations: z.number().int(), participants: z.number().int(), countries: z.number().int() }),
});
export type Territory = z.infer<typeof territorySchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  redis: z.enum(['up', 'down', 'not_configured']),
  version: z.string(),
  uptimeSeconds: z.number(),
  /** Machine translation: on or off, why, and how to install it. */
  translation: translationHealthSchema.optional(),
});
export type Health = z.infer<typeof healthSchema>;
