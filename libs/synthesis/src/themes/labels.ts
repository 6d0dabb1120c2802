import { foldAccents } from '../text/normalise';
import type { Features } from './features';

/**
 * Class-based TF-IDF (as in BERTopic): a term's share of a theme's words (counted once per text), weighted by how
 * rare the term is across themes. Concepts never label a theme: labels use contributors' words.
 */
export function labelThemes(
  features: Features,
  members: number[][],
  phrases: number,
  /** When given, a theme's phrases come from its members in its label language only (one language per label). */
  languages?: { ofRow: (row: number) => string; ofTheme: string[] },
): { phrases: string[]; topical: boolean[] }[] {
  const { matrix, lengths } = features;
  const k = members.length;
  const perClass = members.map(() => new Map<number, number>());
  const totals = new Float64Array(k);
  const overall = new Float64Array(matrix.dim);
  members.forEach((rows, c) => {
    for (const r of rows) {
      if (languages && languages.ofRow(r) !== languages.ofTheme[c]) continue;
      for (let p = matrix.offsets[r]; p < matrix.offsets[r + 1]; p++) {
        const t = matrix.indices[p];
        if (lengths[t] === 0) continue;
        perClass[c].set(t, (perClass[c].get(t) ?? 0) + 1);
        totals[c] += 1;
        overall[t] += 1;
      }
    }
  });
  const average = totals.reduce((a, b) => a + b, 0) / Math.max(1, k);
  return perClass.map((terms, c) => {
    const scored: [number, number][] = [];
    for (const [t, tf] of terms) {
      if (tf < Math.max(2, 0.05 * members[c].length) && members[c].length > 2) continue;
      // Phrases read better than lone words; words of the thesaurus name subjects, not opinions.
      const boost = (lengths[t] === 1 ? 1 : 1.5) * (features.conceptsOf(t).length ? 1.5 : 1);
      scored.push([t, boost * (tf / totals[c]) * Math.log(1 + average / overall[t])]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const chosen: { stems: Set<string>; term: number }[] = [];
    for (const [t] of scored.slice(0, 40)) {
      if (chosen.length >= phrases) break;
      const stems = new Set(features.terms[t].split(' '));
      // The same word in two languages ("diaspora", "diàspora") is shown once.
      const shown = ` ${foldAccents(features.surface(t).toLowerCase())} `;
      const within = (a: string, b: string) => a.includes(b) || b.includes(a);
      if (chosen.some((x) => within(` ${foldAccents(features.surface(x.term).toLowerCase())} `, shown))) continue;
      // Two phrases saying one thing ("turismo", "turistas") name it once.
      const concepts = features.conceptsOf(t);
      if (
        chosen.some(
          (x) => x.term !== t && features.conceptsOf(x.term).some((c) => concepts.includes(c)) && ![...stems].some((s) => x.stems.has(s)),
        )
      )
        continue;
      const overlap = chosen.findIndex((x) => [...stems].some((s) => x.stems.has(s)));
      if (overlap < 0) chosen.push({ stems, term: t });
      else if (stems.size > chosen[overlap].stems.size && [...chosen[overlap].stems].every((s) => stems.has(s))) {
        chosen[overlap] = { stems, term: t }; // "transport public" replaces "transport"
      }
    }
    // A lone word is named in its dictionary form when the glossary knows it ("exportarían",
    // "financia" -> "exportar", "financiación"): a label names a subject, not a verb as conjugated.
    const language = languages?.ofTheme[c];
    const shown = (t: number) => (language && features.lemma(t, language)) || features.surface(t);
    return { phrases: chosen.map((x) => shown(x.term)), topical: chosen.map((x) => features.conceptsOf(x.term).length > 0) };
  });
}

const AND: Record<string, string> = { es: 'y', ca: 'i', fr: 'et', en: 'and', pt: 'e', it: 'e', de: 'und' };

/**
 * A theme's name as a short phrase: its most distinctive phrase, and the next one when there is
 * one ("Pisos turísticos y cruceros"), in the language the phrases are in.
 */
export function phraseLabel(phrases: string[], language: string, topical?: boolean[]): string {
  const first = phrases[0];
  // The second phrase joins only when it names a subject (a thesaurus word), not an opinion.
  const second = phrases.slice(1).find((_, i) => !topical || topical[i + 1]);
  if (!first) return '';
  let and = AND[language] ?? '/';
  if (language === 'es' && second && /^h?i(?!e)/i.test(second)) and = 'e'; // "y" before an i sound
  const label = second ? `${first} ${and} ${second}` : first;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
