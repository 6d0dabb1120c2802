import { detectLanguage } from '../text/language';
import type { Contribution, Theme, ThemesResult } from '../types';

/**
 * Translates texts from one language into another, keeping their order (a machine translation
 * engine, or a cache in front of one). It may reject: the engine is off or lacks the direction.
 */
export type TranslateTexts = (texts: string[], from: string, to: string) => Promise<string[]>;

export const PIVOT_LANGUAGE = 'es';
const TRANSLATABLE = new Set(['ca', 'es', 'fr', 'en']);

/** The language a contribution is analysed in: the given one when known, else detected. */
export function contributionLanguage(c: Pick<Contribution, 'text' | 'language'>): string {
  const given = typeof c.language === 'string' ? c.language.toLowerCase().slice(0, 2) : '';
  return TRANSLATABLE.has(given) ? given : detectLanguage(c.text ?? '').language;
}

/**
 * The step before extractThemes in the app and the command line: each contribution not in the
 * pivot language gets its `pivot` (one engine call per language, each distinct text once). A
 * language the engine cannot translate keeps its texts without pivot, analysed as they are:
 * the result says how many were translated (counts.translated).
 */
export async function withPivots(
  contributions: readonly Contribution[],
  translate: TranslateTexts,
  pivotLanguage = PIVOT_LANGUAGE,
): Promise<{ contributions: Contribution[]; failed: Record<string, string> }> {
  const byLanguage = new Map<string, Set<string>>();
  const languages = contributions.map((c) => {
    if (!c || typeof c.text !== 'string' || c.pivot !== undefined || c.prompt) return undefined;
    const language = contributionLanguage(c);
    if (language === pivotLanguage || !TRANSLATABLE.has(language)) return undefined;
    const texts = byLanguage.get(language) ?? new Set<string>();
    texts.add(c.text);
    byLanguage.set(language, texts);
    return language;
  });
  const pivots = new Map<string, Map<string, string>>();
  const failed: Record<string, string> = {};
  for (const [language, set] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const texts = [...set];
    try {
      const out = await translate(texts, language, pivotLanguage);
      pivots.set(language, new Map(texts.map((t, i) => [t, out[i]])));
    } catch (error) {
      failed[language] = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    contributions: contributions.map((c, i) => {
      const pivot = languages[i] ? pivots.get(languages[i]!)?.get(c.text) : undefined;
      return pivot ? { ...c, pivot } : c;
    }),
    failed,
  };
}

/** A theme's words for a reader: the label and key phrases in the reader's language. */
export interface LocalisedTheme extends Theme {
  labelTranslated: boolean;
}

/**
 * Themes with their labels and key phrases put into `language` (quotes keep their original and
 * pivot: the reader's translation of a quote is the app's to show, marked). A label the engine
 * cannot translate stays in its language, with labelTranslated false and labelLanguage saying which.
 */
export async function localiseThemes(result: ThemesResult, language: string, translate: TranslateTexts): Promise<LocalisedTheme[]> {
  const out: LocalisedTheme[] = result.themes.map((t) => ({ ...t, labelTranslated: false }));
  const from = [...new Set(out.map((t) => t.labelLanguage))];
  for (const source of from) {
    if (source === language) continue;
    const themes = out.filter((t) => t.labelLanguage === source);
    const texts = themes.flatMap((t) => [t.label, ...t.keyPhrases]);
    try {
      const translated = await translate(texts, source, language);
      let at = 0;
      for (const t of themes) {
        t.label = translated[at++];
        t.keyPhrases = t.keyPhrases.map(() => translated[at++]);
        t.labelLanguage = language;
        t.labelTranslated = true;
      }
    } catch {
      // Left in the pivot language, and marked so by labelLanguage.
    }
  }
  return out;
}
