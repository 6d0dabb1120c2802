import { LANGUAGES, type Language } from '@polyphony/contracts';
import { PIVOT_LANGUAGE, withPivots, type Contribution } from '@polyphony/synthesis';
import type { TranslationService } from '../translation/translation.service';
import type { ContributionRow } from './synthesis-scope';

/** The engine's input for contribution rows. */
export const engineInput = (rows: ContributionRow[]): Contribution[] =>
  rows.map((r) => ({
    id: r.id,
    text: r.text,
    language: r.language === 'und' ? undefined : r.language,
    category: r.category,
    country: r.country ?? undefined,
    source: r.source,
    ...(r.question ? { question: r.question } : {}),
  }));

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * The engine's input with each text's Spanish pivot, read from the translation cache (the
 * background sweep fills it as contributions arrive; a text not there yet is translated now and
 * cached). With machine translation off, texts go without pivot and are analysed as written.
 */
export async function pivotInput(rows: ContributionRow[], translation: TranslationService): Promise<Contribution[]> {
  const { contributions } = await withPivots(
    engineInput(rows),
    async (texts, from, to) => {
      if (!isLanguage(from) || !isLanguage(to)) return texts.map(() => '');
      const { items } = await translation.translate(
        texts.map((text) => ({ text, from })),
        to,
      );
      return items.map((item) => item.translation ?? '');
    },
    PIVOT_LANGUAGE,
  );
  return contributions;
}
