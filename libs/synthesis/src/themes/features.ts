import { foldAccents, tokenise, type Token } from '../text/normalise';
import { anyStopWords, stem, stopWordsFor } from '../text/stemming';
import { conceptIndex, glossaryWords, type Glossary } from './concepts';

/** One analysable text, after validation. */
export interface PreparedText {
  id: string;
  /** The text analysed: the pivot translation when there is one, the original otherwise. */
  text: string;
  language: string;
  /** The contributor's words and their language. */
  original?: string;
  originalLanguage?: string;
}

/**
 * Row-normalised TF-IDF in compressed sparse row form: row i's terms are
 * indices[offsets[i]..offsets[i+1]) with weights in values.
 */
export interface SparseMatrix {
  rows: number;
  dim: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export interface Features {
  matrix: SparseMatrix;
  /** Feature keys: stems joined by spaces, concepts prefixed with "~". */
  terms: string[];
  /** n-gram length of each feature (0 for a concept). */
  lengths: Uint8Array;
  /** Raw counts per row (same layout as the matrix), for class-based TF-IDF. */
  counts: Float32Array;
  /** Commonest way each n-gram was written, e.g. "logements sociaux" for "logement social". */
  surface(term: number): string;
  /** The ways a term was written (the first eight seen) and how often. */
  forms(term: number): ReadonlyMap<string, number> | undefined;
  /** Concepts of a term's words ("pisos turísticos" and "turismo" share ~tourism). */
  conceptsOf(term: number): readonly string[];
  /** A one-word term's dictionary form in a language, when the glossary has one ("exportarían" -> "exportar"). */
  lemma(term: number, language: string): string | undefined;
}

/** Concepts are what joins languages: they weigh more than any one language's stem. */
const CONCEPT_WEIGHT = 2;
const MAX_GAP = 3; // a phrase may step over at most two stop words ("accès au logement")

const stopsOf = (language: string) => (['ca', 'en', 'es', 'fr'].includes(language) ? stopWordsFor(language) : anyStopWords());

const SENTENCE_START = /[.!?¿¡\n]/;

/**
 * How a word or phrase was written, for labels: as typed, but for a capital owed to the start of
 * a sentence. "Bruselas" and "UE" keep theirs; a sentence's "Participa" counts as "participa".
 * The commonest way wins, so a common word reads in lower case.
 */
function written(text: string, tokens: Token[], first: number, end: number): string {
  const start = tokens[first].start;
  const form = text.slice(start, end);
  const initial = first === 0 || SENTENCE_START.test(text.slice(tokens[first - 1].end, start));
  return initial ? form.charAt(0).toLowerCase() + form.slice(1) : form;
}

/** A word of two concepts ("red": networks, cooperation) counts half for each. */
function countConcepts(into: Map<string, number>, concepts: readonly string[]) {
  for (const c of concepts) into.set(c, (into.get(c) ?? 0) + 1 / concepts.length);
}

export function extractFeatures(texts: PreparedText[], glossary: Glossary, maxFeatures = 30000, conceptWeight = CONCEPT_WEIGHT): Features {
  const concepts = conceptIndex(glossary);
  const vocabulary = new Map<string, number>();
  const keys: string[] = [];
  const df: number[] = [];
  const surfaces = new Map<number, Map<string, number>>();
  const rowTerms: Int32Array[] = [];
  const rowCounts: Float32Array[] = [];
  const stemConcepts = new Map<string, string[]>();

  const termId = (key: string): number => {
    let id = vocabulary.get(key);
    if (id === undefined) {
      id = keys.length;
      vocabulary.set(key, id);
      keys.push(key);
      df.push(0);
    }
    return id;
  };

  const addForm = (id: number, surface: string) => {
    let forms = surfaces.get(id);
    if (!forms) surfaces.set(id, (forms = new Map()));
    if (forms.size < 8 || forms.has(surface)) forms.set(surface, (forms.get(surface) ?? 0) + 1);
  };
  // Copies of one text (a campaign, a pasted answer) are analysed once.
  const analysed = new Map<string, { ids: Int32Array; counts: Float32Array; forms: [number, string][] }>();

  for (const { text, language, original, originalLanguage } of texts) {
    const translated = original !== undefined && originalLanguage !== undefined && originalLanguage !== language;
    const memoKey = translated ? `${language}\u0000${text}\u0000${originalLanguage}\u0000${original}` : `${language}\u0000${text}`;
    let row = analysed.get(memoKey);
    if (row) {
      for (const [id, surface] of row.forms) addForm(id, surface);
    } else {
      const stops = stopsOf(language);
      const local = new Map<number, number>();
      const forms: [number, string][] = [];
      const add = (key: string, surface?: string, amount = 1) => {
        const id = termId(key);
        local.set(id, (local.get(id) ?? 0) + amount);
        if (surface !== undefined) {
          forms.push([id, surface]);
          addForm(id, surface);
        }
      };
      const tokens = tokenise(text);
      const content: { stem: string; token: number }[] = [];
      const found = new Map<string, number>();
      tokens.forEach((token, t) => {
        if (token.word.length < 2 || stops.has(token.word) || stops.has(foldAccents(token.word))) return;
        const s = stem(token.word, language);
        if (s.length < 2) return;
        content.push({ stem: s, token: t });
        add(s, written(text, tokens, t, token.end));
        const of = concepts.get(`${language}:${s}`);
        if (of) {
          stemConcepts.set(s, of);
          countConcepts(found, of);
        }
      });
      // A translated text's concepts are also read in its original words: a machine translation
      // may miss a subject ("holiday lets" -> "vacaciones deja") that the original's thesaurus
      // entries name. Each concept counts as often as the richer of the two readings finds it.
      if (translated) {
        const fromOriginal = new Map<string, number>();
        const originalStops = stopsOf(originalLanguage);
        for (const token of tokenise(original)) {
          if (token.word.length < 2 || originalStops.has(token.word)) continue;
          const of = concepts.get(`${originalLanguage}:${stem(token.word, originalLanguage)}`);
          if (of) countConcepts(fromOriginal, of);
        }
        for (const [concept, amount] of fromOriginal) if (amount > (found.get(concept) ?? 0)) found.set(concept, amount);
      }
      for (const [concept, amount] of found) add(`~${concept}`, undefined, amount);
      for (let i = 0; i < content.length; i++) {
        let key = content[i].stem;
        for (let n = 2; n <= 3 && i + n <= content.length; n++) {
          const first = tokens[content[i].token];
          const last = tokens[content[i + n - 1].token];
          if (first.clause !== last.clause) break;
          if (content[i + n - 1].token - content[i + n - 2].token > MAX_GAP) break;
          key += ` ${content[i + n - 1].stem}`;
          add(key, written(text, tokens, content[i].token, last.end));
        }
      }
      row = { ids: Int32Array.from(local.keys()), counts: Float32Array.from(local.values()), forms };
      analysed.set(memoKey, row);
    }
    rowTerms.push(row.ids);
    rowCounts.push(row.counts);
    for (const id of row.ids) df[id]++;
  }
  const features = weigh(texts.length, keys, df, rowTerms, rowCounts, surfaces, maxFeatures, conceptWeight);
  const termConcepts = features.terms.map((t) =>
    t.startsWith('~') ? [t.slice(1)] : [...new Set(t.split(' ').flatMap((s) => stemConcepts.get(s) ?? []))],
  );
  const words = glossaryWords(glossary);
  const lemma = (term: number, language: string): string | undefined => {
    if (features.lengths[term] !== 1) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const [form, count] of features.forms(term) ?? [])
      if (words.has(`${language}:${form.toLowerCase()}`) && (count > bestCount || (count === bestCount && form < best!)))
        [best, bestCount] = [form, count];
    return best;
  };
  return { ...features, conceptsOf: (term) => termConcepts[term], lemma };
}

function weigh(
  rows: number,
  keys: string[],
  df: number[],
  rowTerms: Int32Array[],
  rowCounts: Float32Array[],
  surfaces: Map<number, Map<string, number>>,
  maxFeatures: number,
  conceptWeight: number,
): Omit<Features, 'conceptsOf' | 'lemma'> {
  // Terms seen once say nothing about a group; terms in most texts say nothing about any.
  const minDf = rows >= 20 ? 2 : 1;
  const maxDf = rows >= 20 ? Math.max(minDf, Math.floor(rows * 0.5)) : rows;
  let kept = keys.map((_, id) => id).filter((id) => df[id] >= minDf && df[id] <= maxDf);
  if (kept.length > maxFeatures)
    kept = kept
      .sort((a, b) => df[b] - df[a] || a - b)
      .slice(0, maxFeatures)
      .sort((a, b) => a - b);
  const remap = new Int32Array(keys.length).fill(-1);
  kept.forEach((old, id) => (remap[old] = id));
  const idf = Float64Array.from(kept, (old) => Math.log((1 + rows) / (1 + df[old])) + 1);
  const isConcept = Uint8Array.from(kept, (old) => (keys[old].startsWith('~') ? 1 : 0));

  const offsets = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    let count = 0;
    for (const old of rowTerms[r]) if (remap[old] >= 0) count++;
    offsets[r + 1] = offsets[r] + count;
  }
  const indices = new Int32Array(offsets[rows]);
  const values = new Float32Array(offsets[rows]);
  const counts = new Float32Array(offsets[rows]);
  for (let r = 0; r < rows; r++) {
    const pairs: [number, number][] = [];
    rowTerms[r].forEach((old, j) => remap[old] >= 0 && pairs.push([remap[old], rowCounts[r][j]]));
    pairs.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    let p = offsets[r];
    for (const [id, count] of pairs) {
      const w = (count >= 1 ? 1 + Math.log(count) : count) * idf[id] * (isConcept[id] ? conceptWeight : 1);
      indices[p] = id;
      values[p] = w;
      counts[p++] = count;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let q = offsets[r]; q < offsets[r + 1]; q++) values[q] /= norm;
  }
  const terms = kept.map((old) => keys[old]);
  const lengths = Uint8Array.from(terms, (t) => (t.startsWith('~') ? 0 : t.split(' ').length));
  const forms = (term: number) => surfaces.get(kept[term]);
  const surface = (term: number): string => {
    const forms = surfaces.get(kept[term]);
    if (!forms) return terms[term].replace(/^~/, '');
    let best = '';
    let bestCount = -1;
    for (const [form, count] of forms) if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
    return best;
  };
  return { matrix: { rows, dim: terms.length, offsets, indices, values }, terms, lengths, counts, surface, forms };
}

/**
 * The rows with words and concepts only (phrases dropped), unit length again: what themes are
 * found on. Phrases are shared by a few near-identical texts and would pull those together
 * rather than texts on one subject; they serve labels.
 */
export function wordsView(features: Features, conceptShare = 0): SparseMatrix {
  const m = features.matrix;
  const offsets = new Int32Array(m.rows + 1);
  let kept = 0;
  for (let p = 0; p < m.offsets[m.rows]; p++) if (features.lengths[m.indices[p]] <= 1) kept++;
  const indices = new Int32Array(kept);
  const values = new Float32Array(kept);
  let q = 0;
  for (let r = 0; r < m.rows; r++) {
    const start = q;
    let wordNorm = 0;
    let conceptNorm = 0;
    for (let p = m.offsets[r]; p < m.offsets[r + 1]; p++) {
      const length = features.lengths[m.indices[p]];
      if (length > 1) continue;
      indices[q] = m.indices[p];
      values[q] = m.values[p];
      if (length === 0) conceptNorm += m.values[p] * m.values[p];
      else wordNorm += m.values[p] * m.values[p];
      q++;
    }
    // Concepts get a fixed share of the row's weight when both kinds are there.
    const both = conceptShare > 0 && conceptNorm > 0 && wordNorm > 0;
    const cScale = both ? Math.sqrt(conceptShare / conceptNorm) : 1 / (Math.sqrt(conceptNorm + wordNorm) || 1);
    const wScale = both ? Math.sqrt((1 - conceptShare) / wordNorm) : cScale;
    for (let i = start; i < q; i++) values[i] *= features.lengths[indices[i]] === 0 ? cScale : wScale;
    offsets[r + 1] = q;
  }
  return { rows: m.rows, dim: m.dim, offsets, indices, values };
}
