import { detectLanguage } from '../text/language';
import { hasLetters, normaliseText, tokenise } from '../text/normalise';
import { anyStopWords, stopWordsFor } from '../text/stemming';
import type { Contribution, SkippedContribution } from '../types';
import type { PreparedText } from './features';

export interface Prepared {
  /** Texts to cluster. */
  texts: PreparedText[];
  /** Contribution behind each prepared text. */
  sources: Contribution[];
  /** Short answers to closed questions: tallied, not clustered. */
  short: { text: PreparedText; source: Contribution }[];
  languages: Record<string, string>;
  skipped: SkippedContribution[];
  warnings: string[];
  translated: number;
}

const KNOWN = new Set(['ca', 'en', 'es', 'fr', 'pt', 'it', 'de']);

export interface PrepareOptions {
  maxChars: number;
  pivotLanguage: string;
  shortAnswerWords: number;
}

/**
 * Validates and normalises contributions. Nothing here throws: what cannot be analysed is
 * listed in `skipped` (facilitators' prompts too), what was altered (cut, language guessed with
 * low confidence) in `warnings`. Each text is analysed through its pivot when it has one.
 */
export function prepareContributions(contributions: readonly Contribution[], options: PrepareOptions): Prepared {
  const { maxChars, pivotLanguage, shortAnswerWords } = options;
  const out: Prepared = { texts: [], sources: [], short: [], languages: {}, skipped: [], warnings: [], translated: 0 };
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
    if (c.prompt === true) {
      out.skipped.push({ id, reason: 'prompt' });
      return;
    }
    const hasKeyPoint = typeof c.keyPoint === 'string' && c.keyPoint.trim() !== '';
    let raw = hasKeyPoint ? `${c.keyPoint}. ${c.text}` : c.text;
    if (raw.length > maxChars) {
      out.warnings.push(`${id}: text of ${raw.length} characters cut to ${maxChars}`);
      raw = raw.slice(0, maxChars);
    }
    const original = normaliseText(raw);
    if (original === '') {
      out.skipped.push({ id, reason: 'empty' });
      return;
    }
    if (!hasLetters(original)) {
      out.skipped.push({ id, reason: 'no_words' }); // emoji, digits or punctuation only
      return;
    }
    let language = typeof c.language === 'string' ? c.language.toLowerCase().slice(0, 2) : '';
    if (!KNOWN.has(language)) {
      const guess = detectLanguage(original);
      language = guess.language;
      if (guess.confidence < 0.6 && original.length > 40)
        out.warnings.push(`${id}: language uncertain (${guess.language}, ${guess.confidence.toFixed(2)})`);
    }
    out.languages[id] = language;
    // A key point is not translated with the text: only a plain text takes its pivot.
    const pivot = !hasKeyPoint && typeof c.pivot === 'string' ? normaliseText(c.pivot.slice(0, maxChars)) : '';
    const usePivot = pivot !== '' && hasLetters(pivot) && language !== pivotLanguage;
    if (usePivot) out.translated++;
    const text: PreparedText = {
      id,
      text: usePivot ? pivot : original,
      language: usePivot || language === pivotLanguage ? pivotLanguage : language,
      original,
      originalLanguage: language,
    };
    if (shortAnswerWords > 0 && isShortAnswer(original, language, shortAnswerWords)) out.short.push({ text, source: c });
    else {
      out.texts.push(text);
      out.sources.push(c);
    }
  });
  return out;
}

/** "Lyon", "Milano", "Bogotá", "Barcelona i Girona": a value, not an opinion to cluster. */
export function isShortAnswer(text: string, language: string, maxWords: number): boolean {
  if (text.length > 60 || /[.!?;:]\s+\S/.test(text)) return false;
  const tokens = tokenise(text);
  const stops = ['ca', 'en', 'es', 'fr'].includes(language) ? stopWordsFor(language) : anyStopWords();
  return tokens.length <= maxWords && tokens.some((t) => !stops.has(t.word));
}
