import stopwordsIso from 'stopwords-iso';
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { foldAccents } from './normalise';

const SNOWBALL: Record<string, string> = {
  ca: 'catalan',
  es: 'spanish',
  fr: 'french',
  en: 'english',
  pt: 'portuguese',
  it: 'italian',
  de: 'german',
};

/**
 * Words that say nothing about a theme in a consultation ("I think", "we should", "city").
 * The stop-word lists are general-purpose; these are specific to contributions.
 */
const CONSULTATION_WORDS: Record<string, string[]> = {
  en: [
    'think',
    'believe',
    'should',
    'would',
    'could',
    'must',
    'need',
    'needs',
    'want',
    'like',
    'really',
    'also',
    'important',
    'please',
    'city',
    'cities',
    'metropolis',
    'metropolitan',
    'area',
    'plan',
    'lot',
    'much',
    'many',
    'more',
    'better',
    'people',
  ],
  fr: [
    'pense',
    'crois',
    'faut',
    'faudrait',
    'doit',
    'devrait',
    'devraient',
    'veux',
    'voudrais',
    'aimerais',
    'vraiment',
    'aussi',
    'important',
    'importante',
    'ville',
    'villes',
    'métropole',
    'métropolitaine',
    'plan',
    'beaucoup',
    'plus',
    'mieux',
    'davantage',
    'gens',
    'plan',
    'avons',
    'besoin',
  ],
  es: [
    'creo',
    'pienso',
    'debería',
    'deberían',
    'debe',
    'hay',
    'falta',
    'quiero',
    'queremos',
    'gustaría',
    'realmente',
    'también',
    'importante',
    'ciudad',
    'ciudades',
    'metrópolis',
    'metropolitana',
    'área',
    'plan',
    'mucho',
    'muchos',
    'más',
    'mejor',
    'gente',
    'necesitamos',
    'necesita',
  ],
  ca: [
    'crec',
    'penso',
    'caldria',
    'cal',
    'hauria',
    'haurien',
    'ha',
    'vull',
    'volem',
    'agradaria',
    'realment',
    'també',
    'important',
    'ciutat',
    'ciutats',
    'metròpoli',
    'metropolitana',
    'àrea',
    'pla',
    'molt',
    'molts',
    'més',
    'millor',
    'gent',
    'necessitem',
    'necessita',
    'perquè',
  ],
};

const stopSets = new Map<string, Set<string>>();

/** Stop words of a language (stopwords-iso plus consultation words), accent-sensitive. */
export function stopWordsFor(language: string): Set<string> {
  let set = stopSets.get(language);
  if (!set) {
    const list = (stopwordsIso as Record<string, string[]>)[language] ?? [];
    set = new Set([...list, ...(CONSULTATION_WORDS[language] ?? [])].map((w) => w.toLowerCase().replace(/[’']/g, '')));
    stopSets.set(language, set);
  }
  return set;
}

/** Union of the supported languages' stop words, for text whose language is unknown. */
export function anyStopWords(): Set<string> {
  let set = stopSets.get('*');
  if (!set) {
    set = new Set(['ca', 'en', 'es', 'fr'].flatMap((l) => [...stopWordsFor(l)]));
    stopSets.set('*', set);
  }
  return set;
}

const stemmers = new Map<string, Stemmer | null>();
const stemCache = new Map<string, string>();

/**
 * Snowball stem of a word, accent-folded so that cognates meet across languages
 * ("transport" ca/en/fr, "europe-" es/fr/ca). Memoised: stemming is the hot path.
 */
export function stem(word: string, language: string): string {
  const key = `${language}:${word}`;
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached;
  let stemmer = stemmers.get(language);
  if (stemmer === undefined) {
    stemmer = SNOWBALL[language] ? newStemmer(SNOWBALL[language]) : null;
    stemmers.set(language, stemmer);
  }
  const result = foldAccents(stemmer ? stemmer.stem(word) : word);
  if (stemCache.size > 500_000) stemCache.clear();
  stemCache.set(key, result);
  return result;
}
