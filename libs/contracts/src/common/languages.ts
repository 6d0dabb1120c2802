import { z } from 'zod';

/** The platform's interface languages; French is the default. */
export const LANGUAGES = ['fr', 'es', 'ca', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const languageSchema = z.enum(LANGUAGES);

/** Content translated by its authors, stored as JSONB: { fr: "...", en: "..." }. */
export const translatedTextSchema = z.partialRecord(languageSchema, z.string().max(20000));
export type TranslatedText = z.infer<typeof translatedTextSchema>;

/** Chooses a supported language from an Accept-Language header or navigator.languages. */
export function negotiateLanguage(candidates: readonly string[] | string | undefined | null): Language | undefined {
  const list = typeof candidates === 'string' ? candidates.split(',').map((part) => part.split(';')[0].trim()) : (candidates ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return undefined;
}

/**
 * The field separator of a CSV export. Spreadsheet programs split on the list separator of their
 * locale: a semicolon where the decimal mark is a comma (French, Spanish, Catalan), a comma in English.
 */
export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const csvSeparatorSchema = z.enum(CSV_SEPARATORS);
export const csvSeparatorFor = (lang: Language): CsvSeparator => (lang === 'en' ? 'comma' : 'semicolon');
