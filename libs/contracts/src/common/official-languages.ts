import { z } from 'zod';
import { LANGUAGES, languageSchema, type Language, type TranslatedText } from './languages';

/**
 * Official content in the reader's language (issue 13, item 4). A translatable field is JSONB per
 * language; a field missing the reader's language is shown machine translated and marked, never in
 * another language without a word. Texts filled by machine translation on purpose are stored with a
 * "to review" mark (per field and language) until an official edits or approves them.
 */

/** Which source to translate from, best first, for each target: direct Apertium pairs before fr<->en (pivot through es). */
const SOURCE_PREFERENCE: Record<Language, Language[]> = {
  fr: ['es', 'ca', 'en'],
  es: ['ca', 'fr', 'en'],
  ca: ['es', 'fr', 'en'],
  en: ['es', 'ca', 'fr'],
};

/** The best language to machine translate `text` into `target` from (undefined when the text is empty). */
export function bestSourceLanguage(text: TranslatedText | null | undefined, target: Language): Language | undefined {
  const has = (l: Language) => !!text?.[l]?.trim();
  return SOURCE_PREFERENCE[target].find(has) ?? LANGUAGES.find(has);
}

/** What a reader is shown for a field: the text, the language it is really in, and why. */
export interface ResolvedText {
  text: string;
  /** The language `text` is written in (for the `lang` attribute); undefined when empty. */
  lang: Language | undefined;
  /** The reader's own language was missing: `text` is in `lang`, a machine translation should replace it. */
  missing: boolean;
}

/** The reader's language when present; else the best source to translate from (the one rule, shared by api and web). */
export function resolveText(text: TranslatedText | null | undefined, reader: Language): ResolvedText {
  const own = text?.[reader];
  if (own?.trim()) return { text: own, lang: reader, missing: false };
  const from = bestSourceLanguage(text, reader);
  return { text: from ? (text?.[from] ?? '') : '', lang: from, missing: !!from };
}

/**
 * The reader's language, else the best source language, as a plain string: for places that cannot
 * mark a fallback (PDF and export file names, option labels). Pages mark it through the web's useLocalize.
 */
export function pickTranslation(text: TranslatedText | null | undefined, lang: Language): string {
  return resolveText(text, lang).text;
}

/** A stored mark: this field's text in `language` was filled by machine translation from `from`, not yet reviewed. */
export const reviewMarkSchema = z
  .object({
    /** "title", "paragraphs.<id>", "expectedResults.<id>", "indicators.<id>.name". */
    field: z.string().min(1).max(120),
    language: languageSchema,
    from: languageSchema,
  })
  .strict();
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

export const TEXT_FORMATS = ['text', 'markdown'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];
