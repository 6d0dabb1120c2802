import { canonicalJson, hashString, round } from '../util/hash';
import { createRandom, sampleIndices } from '../util/random';
import type { Breakdown, Contribution, Theme, ThemeOptions, ThemesResult } from '../types';
import { tallyAnswers } from './answers';
import { DEFAULT_GLOSSARY, type Glossary } from './concepts';
import { extractFeatures, wordsView } from './features';
import { labelThemes, phraseLabel } from './labels';
import { prepareContributions } from './prepare';
import { findDuplicates, pickQuotes } from './quotes';
import { chooseClustering } from './choose-k';

export const ENGINE_VERSION = 'polyphony-synthesis/themes@2';

const DEFAULTS: Required<ThemeOptions> = {
  seed: 42,
  minThemes: 2,
  maxThemes: 0,
  minSimilarity: 0.1,
  mergeSimilarity: 0,
  minThemeSize: 0,
  duplicateSimilarity: 0.9,
  maxChars: 20000,
  selectionSample: 1200,
  labelPhrases: 3,
  quotes: 3,
  pivotLanguage: 'es',
  shortAnswerWords: 3,
};

/** Concepts (thesaurus entries) weigh this many times a word: they are what joins short texts. */
const CONCEPT_WEIGHT = 4;
/** A theme whose cohesion is under this share of the median theme's is a catch-all. */
const CATCH_ALL_COHESION = 0.75;

function tally(values: (string | undefined)[]): Breakdown {
  const out: Breakdown = {};
  for (const v of [...values].map((x) => x || 'unknown').sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'und';
}

/** What the input hash covers, in sorted-key JSON (a contribution's fields written in sorted order). */
const HASHED_FIELDS = ['category', 'country', 'id', 'keyPoint', 'language', 'pivot', 'prompt', 'question', 'source', 'text'] as const;

function inputJson(input: readonly Contribution[], parameters: object, glossary: Glossary | 'default'): string {
  const contributions = input.map((c) => {
    if (!c) return canonicalJson(c);
    const fields: string[] = [];
    for (const key of HASHED_FIELDS) {
      const value = (c as unknown as Record<string, unknown>)[key];
      if (value !== undefined) fields.push(`"${key}":${canonicalJson(value)}`);
    }
    return `{${fields.join(',')}}`;
  });
  // The same string as canonicalJson({ contributions, parameters, glossary }), without building each object.
  return `{"contributions":[${contributions.join(',')}],"glossary":${canonicalJson(glossary)},"parameters":${canonicalJson(parameters)}}`;
}

/**
 * Contributions -> themes. Deterministic: the same contributions and options give
 * byte-identical JSON (the seed drives every random choice; ties break by position).
 */
export function extractThemes(
  contributions: readonly Contribution[],
  options: ThemeOptions = {},
  glossary: Glossary = DEFAULT_GLOSSARY,
): ThemesResult {
  const input = Array.isArray(contributions) ? contributions : [];
  const prepared = prepareContributions(input, {
    maxChars: options.maxChars ?? DEFAULTS.maxChars,
    pivotLanguage: options.pivotLanguage ?? DEFAULTS.pivotLanguage,
    shortAnswerWords: options.shortAnswerWords ?? DEFAULTS.shortAnswerWords,
  });
  const { texts, sources } = prepared;
  const n = texts.length;
  const parameters = {
    ...DEFAULTS,
    // Up to sqrt(n) themes (20 at most): a consultation of 50 answers often has 6-8 subjects, and
    // the silhouette with its parsimony picks the number below that bound.
    maxThemes: Math.max(2, Math.min(20, Math.floor(Math.sqrt(n)))),
    minThemeSize: Math.max(3, Math.ceil(n * 0.01)),
    // Without pivots one subject often splits by language, and the halves' centres stay close:
    // merge them. With pivots, close centres are distinct subjects that share words.
    mergeSimilarity: prepared.translated * 2 >= n ? 0.5 : 0.25,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Required<ThemeOptions>;
  const inputHash = hashString(inputJson(input, parameters, glossary === DEFAULT_GLOSSARY ? 'default' : glossary));

  const features = extractFeatures(texts, glossary, 30000, CONCEPT_WEIGHT);
  const m = features.matrix;
  const words = wordsView(features);
  const withTerms: number[] = [];
  const empty: number[] = [];
  for (let r = 0; r < n; r++) (words.offsets[r + 1] > words.offsets[r] ? withTerms : empty).push(r);

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
    words,
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
  // A theme much looser than the others is what was left when the rest was taken (a catch-all):
  // its members go to "other" with the rest.
  const cohesionOf = (g: number[]) => g.reduce((s, r) => s + centrality[r], 0) / Math.max(1, g.length);
  const sizable = groups.filter((g) => g.length >= parameters.minThemeSize);
  const cohesions = sizable.map(cohesionOf).sort((a, b) => a - b);
  const floor = cohesions.length >= 3 ? CATCH_ALL_COHESION * cohesions[Math.floor(cohesions.length / 2)] : 0;
  const kept = groups.filter((g) => {
    if (g.length >= parameters.minThemeSize && cohesionOf(g) >= floor) return true;
    other.push(...g);
    return false;
  });
  kept.sort((a, b) => b.length - a.length || a[0] - b[0]);
  other.sort((a, b) => a - b);

  // Each label in one language: the one most of the theme's analysed texts are in (the pivot when translated).
  const labelLanguages = kept.map((rows) => majority(rows.map((r) => texts[r].language)));
  const labels = labelThemes(features, kept, parameters.labelPhrases, { ofRow: (r) => texts[r].language, ofTheme: labelLanguages });
  const themes: Theme[] = kept.map((rows, t) => {
    const members = rows.map((r) => sources[r]);
    const labelLanguage = labelLanguages[t];
    return {
      id: `t${t + 1}`,
      label: phraseLabel(labels[t].phrases, labelLanguage, labels[t].topical),
      labelLanguage,
      keyPhrases: labels[t].phrases,
      size: rows.length,
      memberIds: rows.map((r) => texts[r].id),
      quotes: pickQuotes(words, texts, rows, centrality, parameters.quotes, parameters.duplicateSimilarity),
      cohesion: round(rows.reduce((s, r) => s + centrality[r], 0) / rows.length),
      byCategory: tally(members.map((c) => c.category)),
      byCountry: tally(members.map((c) => c.country)),
      byLanguage: tally(rows.map((r) => texts[r].originalLanguage ?? texts[r].language)),
      bySource: tally(members.map((c) => c.source)),
    };
  });
  const inThemes = themes.reduce((s, t) => s + t.size, 0);
  const answers = tallyAnswers(prepared.short);
  return {
    engine: ENGINE_VERSION,
    inputHash,
    parameters: { ...parameters, themeCount: themes.length, silhouette: round(clustering.silhouette) },
    themes,
    other: { memberIds: other.map((r) => texts[r].id), size: other.length, byCategory: tally(other.map((r) => sources[r].category)) },
    answers,
    duplicates: findDuplicates(m, texts, [...kept, other], parameters.duplicateSimilarity),
    languages: prepared.languages,
    skipped: prepared.skipped,
    warnings: prepared.warnings,
    counts: {
      input: input.length,
      analysed: n,
      skipped: prepared.skipped.length,
      inThemes,
      other: other.length,
      answers: prepared.short.length,
      translated: prepared.translated,
    },
  };
}
