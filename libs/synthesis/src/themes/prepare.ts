import { detectLanguage } from '../text/language';
import { hasLetters, normaliseText } from '../text/normalise';
import type { Contribution, SkippedContribution } from '../types';
import type { PreparedText } from './features';

export interface Prepared {
  texts: PreparedText[];
  /** Contribution behind each prepared text. */
  sources: Contribution[];
  languages: Record<string, string>;
  skipped: SkippedContribution[];
  warnings: string[];
}

const KNOWN = new Set(['ca', 'en', 'es', 'fr', 'pt', 'it', 'de']);

/**
 * Validates and normalises contributions. Nothing here throws: what cannot be analysed is
 * listed in `skipped`, what was altered (cut, language guessed with low confidence) in `warnings`.
 */
export function prepareContributions(contributions: readonly Contribution[], maxChars: number): Prepared {
  const out: Prepared = { texts: [], sources: [], languages: {}, skipped: [], warnings: [] };
  const seen = new Set<string>();
  contributions.forEach((c, position) => {
    const id = c && typeof c.id === 'string' && c.id !== '' ? c.id : undefined;
    if (!id || typeof c.text !== 'string') {
      out.skipped.push({ id: id ?? `#${position}`, reason: 'invalid' });
      return;
    }
    if (seen.has(id)) {
      out.skipped.push({ id, reason: 'duplicate_id' });
      return;
    }
    seen.add(id);
    let raw = typeof c.keyPoint === 'string' && c.keyPoint.trim() ? `${c.keyPoint}. ${c.text}` : c.text;
    if (raw.length > maxChars) {
      out.warnings.push(`${id}: text of ${raw.length} characters cut to ${maxChars}`);
      raw = raw.slice(0, maxChars);
    }
    const text = normaliseText(raw);
    if (text === '') {
      out.skipped.push({ id, reason: 'empty' });
      return;
    }
    if (!hasLetters(text)) {
      out.skipped.push({ id, reason: 'no_words' }); // emoji, digits or punctuation only
      return;
    }
    let language = typeof c.language === 'string' ? c.language.toLowerCase().slice(0, 2) : '';
    if (!KNOWN.has(language)) {
      const guess = detectLanguage(text);
      language = guess.language;
      if (guess.confidence < 0.6 && text.length > 40)
        out.warnings.push(`${id}: language uncertain (${guess.language}, ${guess.confidence.toFixed(2)})`);
    }
    out.languages[id] = language;
    out.texts.push({ id, text, language });
    out.sources.push(c);
  });
  return out;
}
