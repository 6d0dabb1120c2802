import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { updateProfileRequestSchema } from '../auth/auth.contracts';

/**
 * Public texts an admin writes per language (issue 14). Every save is a new version; a new version of
 * the privacy notice or the terms asks signed-in people to consent again.
 */
export const PUBLIC_TEXT_KINDS = ['home_headline', 'home_intro', 'about', 'privacy', 'terms'] as const;
export type PublicTextKind = (typeof PUBLIC_TEXT_KINDS)[number];
/** The texts registration asks consent to. */
export const CONSENT_TEXT_KINDS: readonly PublicTextKind[] = ['privacy', 'terms'];

export const PUBLIC_TEXT_LIMITS: Record<PublicTextKind, number> = {
  home_headline: 160,
  home_intro: 1000,
  about: 20000,
  privacy: 40000,
  terms: 40000,
};

export const savePublicTextRequestSchema = z.object({ body: z.partialRecord(languageSchema, z.string().trim().max(40000)) }).strict();
export type SavePublicTextRequest = z.infer<typeof savePublicTextRequestSchema>;

export const publicTextSchema = z.object({
  kind: z.enum(PUBLIC_TEXT_KINDS),
  version: z.number().int(),
  /** Markdown (plain text for the headline), per language. */
  body: z.partialRecord(languageSchema, z.string()),
  /** Sanitised HTML per language. */
  html: z.partialRecord(languageSchema, z.string()),
  updatedAt: z.string(),
});
export type PublicText = z.infer<typeof publicTextSchema>;

/** The current version of each text that has been written (absent: the built-in text applies). */
export const publicTextsSchema = z.partialRecord(z.enum(PUBLIC_TEXT_KINDS), publicTextSchema);
export type PublicTexts = z.infer<typeof publicTextsSchema>;

export const consentStatusSchema = z.object({
  /** The version the signed-in person must accept ("p2-t1"; the built-in one before any text is written). */
  version: z.string(),
  required: z.boolean(),
  /**
   * Never consented (an account created by single sign-on, which skips registration): the person
   * also completes their profile (category, country, language...) when they accept.
   */
  completeProfile: z.boolean(),
});
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

export const consentRequestSchema = z
  .object({
    version: z.string().max(16),
    accept: z.literal(true),
    /** Required when the status says completeProfile. */
    profile: updateProfileRequestSchema.optional(),
  })
  .strict();
export type ConsentRequest = z.infer<typeof consentRequestSchema>;
