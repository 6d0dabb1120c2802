import { foldAccents } from '../text/normalise';
import type { AnswerTally, Breakdown, Contribution } from '../types';
import type { PreparedText } from './features';

/** "Bogotá.", "bogota", "BOGOTÁ" are one value. */
export function answerKey(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Short answers tallied per question and value. Two answers are one value when their analysed
 * words (the pivot when translated: "Milà" becomes "Milán") match once accents, case and
 * punctuation are set aside.
 */
export function tallyAnswers(short: { text: PreparedText; source: Contribution }[]): AnswerTally[] {
  const groups = new Map<string, { question: string | null; forms: Map<string, number>; ids: string[]; languages: Breakdown }>();
  for (const { text, source } of short) {
    const question = typeof source.question === 'string' && source.question ? source.question : null;
    const key = `${question ?? ''}\u0000${answerKey(text.text)}`;
    const group = groups.get(key) ?? { question, forms: new Map<string, number>(), ids: [] as string[], languages: {} as Breakdown };
    const form = (text.original ?? text.text).replace(/[.!?]+$/, '').trim();
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    group.ids.push(text.id);
    const language = text.originalLanguage ?? text.language;
    group.languages[language] = (group.languages[language] ?? 0) + 1;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => {
      // The commonest form; among equals the accented one ("Bogotá"), then one in title case.
      const score = (form: string, n: number) =>
        n * 4 + (foldAccents(form) !== form ? 2 : 0) + (/^\p{Lu}/u.test(form) && form !== form.toUpperCase() ? 1 : 0);
      let value = '';
      let best = -1;
      for (const [form, n] of g.forms) {
        const s = score(form, n);
        if (s > best || (s === best && form < value)) [value, best] = [form, s];
      }
      const byLanguage = Object.fromEntries(Object.entries(g.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
      return { question: g.question, value, count: g.ids.length, memberIds: g.ids, byLanguage };
    })
    .sort((a, b) => (a.question ?? '').localeCompare(b.question ?? '') || b.count - a.count || a.value.localeCompare(b.value));
}
