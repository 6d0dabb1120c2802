import { LANGUAGE_SAMPLES } from './language-samples';
import { foldAccents, tokenise } from './normalise';

export type SupportedLanguage = 'fr' | 'es' | 'ca' | 'en';
export const SUPPORTED_LANGUAGES: SupportedLanguage[] = ['ca', 'en', 'es', 'fr'];

export interface LanguageGuess {
  language: SupportedLanguage | 'und';
  /** Posterior probability of the best language among the supported ones (0..1). */
  confidence: number;
}

type Profile = Map<string, number>;
const MAX_N = 4;

function gramsOf(word: string, into: (gram: string) => void): void {
  const padded = `_${word}_`;
  for (let n = 1; n <= MAX_N; n++) {
    for (let i = 0; i + n <= padded.length; i++) into(padded.slice(i, i + n));
  }
}

/** Log-probabilities with add-one smoothing, built once from the samples. */
function buildProfiles(): { profiles: Map<SupportedLanguage, Profile>; unseen: Map<SupportedLanguage, number> } {
  const profiles = new Map<SupportedLanguage, Profile>();
  const unseen = new Map<SupportedLanguage, number>();
  const vocabulary = new Set<string>();
  const counts = new Map<SupportedLanguage, Map<string, number>>();
  for (const language of SUPPORTED_LANGUAGES) {
    const count = new Map<string, number>();
    for (const token of tokenise(LANGUAGE_SAMPLES[language])) {
      gramsOf(token.word, (g) => {
        count.set(g, (count.get(g) ?? 0) + 1);
        vocabulary.add(g);
      });
    }
    counts.set(language, count);
  }
  for (const [language, count] of counts) {
    let total = 0;
    for (const c of count.values()) total += c;
    const denominator = total + vocabulary.size;
    const profile: Profile = new Map();
    for (const [g, c] of count) profile.set(g, Math.log((c + 1) / denominator));
    profiles.set(language, profile);
    unseen.set(language, Math.log(1 / denominator));
  }
  return { profiles, unseen };
}

let model: ReturnType<typeof buildProfiles> | undefined;

/**
 * Naive Bayes over character 1-4-grams of words (with word boundaries). Accents are kept:
 * "à", "è", "ç" and "l·l" tell Catalan from Spanish. Looks at the first 2,000 characters.
 */
export function detectLanguage(text: string): LanguageGuess {
  model ??= buildProfiles();
  const tokens = tokenise(text.slice(0, 2000).toLowerCase());
  if (tokens.length === 0) return { language: 'und', confidence: 0 };
  // The grams once, then each language's sum over them in the same order.
  const grams: string[] = [];
  for (const token of tokens) gramsOf(token.word, (g) => grams.push(g));
  const scores = SUPPORTED_LANGUAGES.map((language) => {
    const profile = model!.profiles.get(language)!;
    const unseen = model!.unseen.get(language)!;
    let score = 0;
    for (const g of grams) score += profile.get(g) ?? unseen;
    return score;
  });
  const best = Math.max(...scores);
  const weights = scores.map((s) => Math.exp(s - best));
  const sum = weights.reduce((a, b) => a + b, 0);
  const index = scores.indexOf(best);
  return { language: SUPPORTED_LANGUAGES[index], confidence: weights[index] / sum };
}

/** Ignores accents: used only to warn about texts in none of the supported languages. */
export function looksLikeWords(text: string): boolean {
  return /[a-z]{2,}/.test(foldAccents(text.toLowerCase()));
}
