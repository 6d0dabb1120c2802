/** Text clean-up and tokenisation shared by language detection and theme features. */

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /\S+@\S+\.\S+/g;
const MAYBE_URL = /https?:\/\/|www\./i;
// Letters, combining marks and the Catalan middle dot (l·l) make words; apostrophes are handled apart.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}·]|['’-](?=[\p{L}]))*/gu;
const HAS_LETTER = /\p{L}/u;
// Elided articles and pronouns in fr/ca/en ("l'habitatge", "d'Europe", "qu'il") are dropped.
const ELISION = /^(?:l|d|s|n|m|t|j|c|qu|lorsqu|puisqu|jusqu)['’]/;

export function hasLetters(text: string): boolean {
  return HAS_LETTER.test(text);
}

/** NFC, one kind of apostrophe, no URLs or e-mail addresses, single spaces. */
export function normaliseText(text: string): string {
  let out = text.normalize('NFC');
  // The address patterns backtrack on every word: only texts that may hold one go through them.
  if (MAYBE_URL.test(out)) out = out.replace(URL, ' ');
  if (out.includes('@')) out = out.replace(EMAIL, ' ');
  return out.replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Removes accents, for matching stems across languages ("públic" and "public"). */
export function foldAccents(word: string): string {
  if (ASCII.test(word)) return word; // most words: nothing to fold
  let folded = folds.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (word.length <= 40) {
      // Words only (whole texts come here too): the memory stays small.
      if (folds.size > 200_000) folds.clear();
      folds.set(word, folded);
    }
  }
  return folded;
}

const ASCII = /^[ -~]*$/; // printable ASCII (words hold no control characters)
const folds = new Map<string, string>();

export interface Token {
  /** Lower-case word as written (elision removed). */
  word: string;
  /** Offsets in the normalised text, for showing phrases in their surface form. */
  start: number;
  end: number;
  /** Index of the clause the token belongs to: phrases never cross punctuation. */
  clause: number;
}

const CLAUSE_BREAK = /[.,;:!?()[\]{}"«»“”¿¡\n–—]/;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    if (CLAUSE_BREAK.test(text.slice(last, start))) clause++;
    last = start + match[0].length;
    let word = match[0].toLowerCase();
    let offset = 0;
    const elided = ELISION.exec(word);
    if (elided && word.length > elided[0].length) {
      offset = elided[0].length;
      word = word.slice(offset);
    }
    word = word.replace(/'/g, '');
    if (word.length > 40) continue; // not a word: a hash, a pasted token
    tokens.push({ word, start: start + offset, end: last, clause });
  }
  return tokens;
}
