import { z } from 'zod';
import { LANGUAGES, type Language } from './language-tags';

export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, negotiateLanguage, type Language } from './language-tags';
export const languageSchema = z.enum(LANGUAGES);

/** Content translated by its authors, stored as JSONB: { fr: "...", en: "..." }. */
export const translatedTextSchema = z.partialRecord(languageSchema, z.string().max(20000));
export type TranslatedText = z.infer<typeof translatedTextSchema>;

/**
 * The field separator of a CSV export. Spreadsheet programs split on the list separator of their
 * locale: a semicolon where the decimal mark is a comma (French, Spanish, Catalan), a comma in English.
 */
export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const csvSeparatorSchema = z.enum(CSV_SEPARATORS);
export const csvSeparatorFor = (lang: Language): CsvSeparator => (lang === 'en' ? 'comma' : 'semicolon');
