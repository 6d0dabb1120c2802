import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../common/languages';
import type { SummaryKeyFigure, SummaryNarrative, SummarySection } from './annual-summaries.contracts';

/**
 * How a summary's figures read, the same on the public page and in the PDF: the number of a key
 * figure, its change from the previous year, and which language a narrative section is shown in.
 */
/** An amount in euros, whole, in the reader's language (budgets on the pages and in the PDF). */
export function formatEuros(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

export function formatKey(key: SummaryKeyFigure, value: number | null, lang: Language, minCell: number): string {
  if (value === null) return key === 'participants' ? `< ${minCell}` : '—';
  if (key === 'actionProgress') return `${new Intl.NumberFormat(lang).format(value)} %`;
  if (key === 'budgetSpent') return formatEuros(value, lang);
  return new Intl.NumberFormat(lang).format(value);
}

export interface KeyDelta {
  /** unknown: one of the two years has no figure (a computed year keeps no progress or budget history). */
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** The signed change, formatted ("+12", "-3 %", "+€1,200"). */
  text: string;
}

export function keyDelta(key: SummaryKeyFigure, current: number | null, previous: number | null, lang: Language): KeyDelta {
  if (current === null || previous === null || previous === undefined) return { direction: 'unknown', text: '' };
  const change = current - previous;
  if (change === 0) return { direction: 'same', text: '0' };
  const options: Intl.NumberFormatOptions =
    key === 'budgetSpent'
      ? { signDisplay: 'exceptZero', style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }
      : { signDisplay: 'exceptZero' };
  const text = new Intl.NumberFormat(lang, options).format(change) + (key === 'actionProgress' ? ' %' : '');
  return { direction: change > 0 ? 'up' : 'down', text };
}

/** A narrative section in the reader's language, else French, else any language it was written in (then `fallbackFrom` says which). */
export function narrativeIn(
  narrative: SummaryNarrative,
  section: SummarySection,
  lang: Language,
): { text: string; lang: Language; fallbackFrom: Language | null } | null {
  const texts = narrative[section] ?? {};
  const order = [lang, DEFAULT_LANGUAGE, ...LANGUAGES];
  const found = order.find((l) => texts[l]?.trim());
  if (!found) return null;
  return { text: texts[found]!, lang: found, fallbackFrom: found === lang ? null : found };
}
