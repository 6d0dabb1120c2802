import { canonicalJson, hashString, round } from '../util/hash';
import { createRandom, sampleIndices } from '../util/random';
import type { Breakdown, Contribution, Theme, ThemeOptions, ThemesResult } from '../types';
import { CIVIC_GLOSSARY, type Glossary } from './concepts';
import { extractFeatures } from './features';
import { labelThemes } from './labels';
import { prepareContributions } from './prepare';
import { findDuplicates, pickQuotes } from './quotes';
import { chooseClustering } from './choose-k';

export const ENGINE_VERSION = 'polyphony-synthesis/themes@1';

const DEFAULTS: Required<ThemeOptions> = {
  seed: 42,
  minThemes: 2,
  maxThemes: 0,
  minSimilarity: 0.1,
  mergeSimilarity: 0.25,
  minThemeSize: 0,
  duplicateSimilarity: 0.9,
  maxChars: 20000,
  selectionSample: 1200,
  labelPhrases: 3,
  quotes: 3,
};

function tally(values: (string | undefined)[]): Breakdown {
  const out: Breakdown = {};
  for (const v of [...values].map((x) => x || 'unknown').sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * Contributions -> themes. Deterministic: the same contributions and options give
 * byte-identical JSON (the seed drives every random choice; ties break by position).
 */
export function extractThemes(
  contributions: readonly Contribution[],
  options: ThemeOptions = {},
  glossary: Glossary = CIVIC_GLOSSARY,
): ThemesResult {
  const input = Array.isArray(contributions) ? contributions : [];
  const prepared = prepareContributions(input, options.maxChars ?? DEFAULTS.maxChars);
  const { texts, sources } = prepared;
  const n = texts.length;
  const parameters = {
    ...DEFAULTS,
    maxThemes: Math.max(2, Math.min(20, Math.floor(Math.sqrt(n / 2)))),
    minThemeSize: Math.max(3, Math.ceil(n * 0.01)),
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Required<ThemeOptions>;
  const inputHash = hashString(
    canonicalJson({
      contributions: input.map(
        (c) =>
          c && {
            id: c.id,
            text: c.text,
            language: c.language,
            category: c.category,
            country: c.country,
            source: c.source,
            keyPoint: c.keyPoint,
          },
      ),
      parameters,
      glossary: glossary === CIVIC_GLOSSARY ? 'civic' : glossary,
    }),
  );

  const features = extractFeatures(texts, glossary);
  const m = features.matrix;
  const withTerms: number[] = [];
  const empty: number[] = [];
  for (let r = 0; r < n; r++) (m.offsets[r + 1] > m.offsets[r] ? withTerms : empty).push(r);

  const random = createRandom(parameters.seed);
  const maxK = Math.min(parameters.maxThemes, Math.floor(withTerms.length / Math.max(2, parameters.minThemeSize)));
  // The number of themes is chosen on distinct texts: copies of one text would vote many times.
  const seenText = new Set<string>();
  const distinct = withTerms.filter((r) => {
    const key = texts[r].text.toLowerCase();
    return !seenText.has(key) && Boolean(seenText.add(key));
  });
  const sample = sampleIndices(distinct.length, parameters.selectionSample, random).map((i) => distinct[i]);
  const clustering = chooseClustering(
    m,
    withTerms,
    sample,
    Math.max(1, parameters.minThemes),
    Math.max(1, maxK),
    random,
    parameters.mergeSimilarity,
  );

  // Members: rows close enough to their centre, in themes big enough to matter.
  const centrality = new Float32Array(n);
  const groups: number[][] = Array.from({ length: clustering.k }, () => []);
  const other: number[] = [...empty];
  withTerms.forEach((r, i) => {
    centrality[r] = clustering.similarity[i];
    if (clustering.similarity[i] < parameters.minSimilarity) other.push(r);
    else groups[clustering.assign[i]].push(r);
  });
  const kept = groups.filter((g) => {
    if (g.length >= parameters.minThemeSize) return true;
    other.push(...g);
    return false;
  });
  kept.sort((a, b) => b.length - a.length || a[0] - b[0]);
  other.sort((a, b) => a - b);

  const labels = labelThemes(features, kept, parameters.labelPhrases);
  const themes: Theme[] = kept.map((rows, t) => {
    const members = rows.map((r) => sources[r]);
    return {
      id: `t${t + 1}`,
      label: labels[t].join(' · '),
      keyPhrases: labels[t],
      size: rows.length,
      memberIds: rows.map((r) => texts[r].id),
      quotes: pickQuotes(m, texts, rows, centrality, parameters.quotes, parameters.duplicateSimilarity),
      cohesion: round(rows.reduce((s, r) => s + centrality[r], 0) / rows.length),
      byCategory: tally(members.map((c) => c.category)),
      byCountry: tally(members.map((c) => c.country)),
      byLanguage: tally(rows.map((r) => texts[r].language)),
      bySource: tally(members.map((c) => c.source)),
    };
  });
  const inThemes = themes.reduce((s, t) => s + t.size, 0);
  return {
    engine: ENGINE_VERSION,
    inputHash,
    parameters: { ...parameters, themeCount: themes.length, silhouette: round(clustering.silhouette) },
    themes,
    other: { memberIds: other.map((r) => texts[r].id), size: other.length, byCategory: tally(other.map((r) => sources[r].category)) },
    duplicates: findDuplicates(m, texts, [...kept, other], parameters.duplicateSimilarity),
    languages: prepared.languages,
    skipped: prepared.skipped,
    warnings: prepared.warnings,
    counts: { input: input.length, analysed: n, skipped: prepared.skipped.length, inThemes, other: other.length },
  };
}
