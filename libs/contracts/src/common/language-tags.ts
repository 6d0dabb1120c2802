// The interface languages and how a browser's preferences pick one, without zod: the web app's
// entry reads them before anything else has loaded (@polyphony/contracts/language-tags).

/** The platform's interface languages; French is the default. */
export const LANGUAGES = ['fr', 'es', 'ca', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Chooses a supported language from an Accept-Language header or navigator.languages. */
export function negotiateLanguage(candidates: readonly string[] | string | undefined | null): Language | undefined {
  const list = typeof candidates === 'string' ? candidates.split(',').map((part) => part.split(';')[0].trim()) : (candidates ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}
