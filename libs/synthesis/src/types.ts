/** Public shapes of the synthesis engine's inputs and outputs. */

export type StakeholderCategory =
  'resident' | 'civil_society' | 'academia' | 'private_sector' | 'diaspora' | 'public_institution' | 'international' | 'official';

export interface Contribution {
  id: string;
  text: string;
  /** ISO 639-1 code when known; detected otherwise. */
  language?: string;
  category: StakeholderCategory | string;
  country?: string;
  /** 'questionnaire' | 'interview' | 'proposal' | 'room_message' | ... */
  source: string;
  /** An interviewer's summary: when present it is analysed with the text. */
  keyPoint?: string;
  /**
   * The text translated into the pivot language (options.pivotLanguage, Spanish by default),
   * e.g. by Apertium: themes are found on pivots, so the same idea in four languages meets.
   * Absent for texts already in the pivot language or when no translator is available.
   */
  pivot?: string;
  /** The question answered, for questionnaire answers: short answers are tallied per question. */
  question?: string;
  /** A facilitator's prompt or an agenda item: shown in the room, never analysed as a contribution. */
  prompt?: boolean;
}

export interface ThemeOptions {
  seed?: number;
  /** Fewest and most themes the automatic choice may pick. */
  minThemes?: number;
  maxThemes?: number;
  /** Themes whose centres are at least this similar (cosine) are merged into one. */
  mergeSimilarity?: number;
  /** Members below this cosine similarity to their theme go to "other". */
  minSimilarity?: number;
  /** Themes smaller than this are dissolved into "other" (default: max(3, 1% of texts)). */
  minThemeSize?: number;
  /** Cosine similarity from which two texts count as near-duplicates. */
  duplicateSimilarity?: number;
  /** Longer texts are cut (and reported). */
  maxChars?: number;
  /** Texts used to choose the number of themes (the rest are assigned afterwards). */
  selectionSample?: number;
  /** Number of label phrases and quotes per theme. */
  labelPhrases?: number;
  quotes?: number;
  /** Language of the contributions' `pivot` texts. */
  pivotLanguage?: string;
  /** Answers of at most this many words are tallied as answers to a closed question, not clustered. */
  shortAnswerWords?: number;
}

export type Breakdown = Record<string, number>;

export interface Quote {
  id: string;
  /** The contributor's words, as written (shortened when long). */
  text: string;
  /** Language of `text`. */
  language?: string;
  /** The same words in the pivot language, when they were analysed through a translation. */
  pivot?: string;
  /** Cosine similarity to the theme's centre. */
  centrality: number;
}

/** Short answers to a closed question ("Lyon", "Milano"), counted per value. */
export interface AnswerTally {
  question: string | null;
  /** The commonest way the value was written. */
  value: string;
  count: number;
  memberIds: string[];
  byLanguage: Breakdown;
}

export interface Theme {
  id: string;
  /** A short phrase naming the theme, in `labelLanguage` (the pivot language when texts were translated). */
  label: string;
  labelLanguage: string;
  /** The theme's most distinctive phrases, in `labelLanguage`. */
  keyPhrases: string[];
  size: number;
  memberIds: string[];
  quotes: Quote[];
  /** Mean similarity of members to the centre: how tight the theme is. */
  cohesion: number;
  byCategory: Breakdown;
  byCountry: Breakdown;
  byLanguage: Breakdown;
  bySource: Breakdown;
}

export interface SkippedContribution {
  id: string;
  reason: 'empty' | 'no_words' | 'duplicate_id' | 'invalid' | 'prompt';
}

export interface ThemesResult {
  engine: string;
  inputHash: string;
  parameters: Required<ThemeOptions> & { themeCount: number; silhouette: number };
  themes: Theme[];
  /** Contributions that fit no theme (never a theme of its own). */
  other: { memberIds: string[]; size: number; byCategory: Breakdown };
  /** Short answers to closed questions, tallied per value (not in themes nor in other). */
  answers: AnswerTally[];
  /** Groups of near-identical texts (e.g. a shared template); the first id is the group's. */
  duplicates: string[][];
  languages: Record<string, string>;
  skipped: SkippedContribution[];
  warnings: string[];
  counts: { input: number; analysed: number; skipped: number; inThemes: number; other: number; answers: number; translated: number };
}
