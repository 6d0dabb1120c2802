import { z } from 'zod';
import { languageSchema } from '../common/languages';

/** Limits of one translation request (what one screen shows, not a document). */
export const TRANSLATION_LIMITS = { items: 60, textChars: 6000, totalChars: 40000 } as const;

/**
 * Texts the web shows, to read in `to`. `from` is the language stored with the text (detected when absent).
 * Translations are cached by text, so a text already translated costs nothing.
 */
export const translateRequestSchema = z
  .object({
    to: languageSchema,
    items: z
      .array(
        z.object({
          text: z.string().max(TRANSLATION_LIMITS.textChars),
          from: languageSchema.optional(),
          /** `markdown`: the answer also carries the translation rendered and sanitised like the original. */
          format: z.enum(['text', 'markdown']).optional(),
        }),
      )
      .min(1)
      .max(TRANSLATION_LIMITS.items),
  })
  .refine((r) => r.items.reduce((n, i) => n + i.text.length, 0) <= TRANSLATION_LIMITS.totalChars, {
    message: 'too_long',
    path: ['items'],
  });
export type TranslateRequest = z.infer<typeof translateRequestSchema>;

export const translatedItemSchema = z.object({
  /** Language of the original (stored or detected); `und` when unknown. */
  from: z.string(),
  /** The machine translation, or null when none is needed (same language) or possible (engine off). */
  translation: z.string().nullable(),
  /** The translation rendered from Markdown (sanitised), for items sent with format `markdown`. */
  html: z.string().optional(),
});
export type TranslatedItem = z.infer<typeof translatedItemSchema>;

export const translateResponseSchema = z.object({
  engine: z.string(),
  available: z.boolean(),
  items: z.array(translatedItemSchema),
});
export type TranslateResponse = z.infer<typeof translateResponseSchema>;

/** Machine translation in /api/health. */
export const translationHealthSchema = z.object({
  engine: z.string(),
  engineVersion: z.string(),
  available: z.boolean(),
  reason: z.string().optional(),
  install: z.string().optional(),
  directions: z.number(),
  /** Every direction's pipeline has started since boot (a cold one makes its first reader wait about a second). */
  warm: z.boolean().optional(),
});
export type TranslationHealth = z.infer<typeof translationHealthSchema>;
