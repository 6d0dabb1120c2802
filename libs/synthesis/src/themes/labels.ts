import { foldAccents } from '../text/normalise';
import type { Features } from './features';

/**
 * Class-based TF-IDF (as in BERTopic): a term's share of a theme's words (counted once per text), weighted by how
 * rare the term is across themes. Concepts never label a theme: labels use contributors' words.
 */
export function labelThemes(features: Features, members: number[][], phrases: number): string[][] {
  const { matrix, lengths } = features;
  const k = members.length;
  const perClass = members.map(() => new Map<number, number>());
  const totals = new Float64Array(k);
  const overall = new Float64Array(matrix.dim);
  members.forEach((rows, c) => {
    for (const r of rows) {
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
      const boost = lengths[t] === 1 ? 1 : 1.25; // phrases read better than lone words
      scored.push([t, boost * (tf / totals[c]) * Math.log(1 + average / overall[t])]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const chosen: { stems: Set<string>; term: number }[] = [];
    for (const [t] of scored.slice(0, 40)) {
      if (chosen.length >= phrases) break;
      const stems = new Set(features.terms[t].split(' '));
      // The same word in two languages ("diaspora", "diàspora") is shown once.
      const shown = foldAccents(features.surface(t));
      if (chosen.some((x) => foldAccents(features.surface(x.term)) === shown)) continue;
      const overlap = chosen.findIndex((x) => [...stems].some((s) => x.stems.has(s)));
      if (overlap < 0) chosen.push({ stems, term: t });
      else if (stems.size > chosen[overlap].stems.size && [...chosen[overlap].stems].every((s) => stems.has(s))) {
        chosen[overlap] = { stems, term: t }; // "transport public" replaces "transport"
      }
    }
    return chosen.map((x) => features.surface(x.term));
  });
}
