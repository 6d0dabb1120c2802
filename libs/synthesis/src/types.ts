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
}

export type Breakdown = Record<string, number>;

export interface Quote {
  id: string;
  text: string;
  /** Cosine similarity to the theme's centre. */
  centrality: number;
}

export interface Theme {
  id: string;
  /** Key phrases joined by " · ", in the words contributors used. */
  label: string;
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
  reason: 'empty' | 'no_words' | 'duplicate_id' | 'invalid';
}

export interface ThemesResult {
  engine: string;
  inputHash: string;
  parameters: Required<ThemeOptions> & { themeCount: number; silhouette: number };
  themes: Theme[];
  other: { memberIds: string[]; size: number; byCategory: Breakdown };
  /** Groups of near-identical texts (e.g. a shared template); the first id is the group's. */
  duplicates: string[][];
  languages: Record<string, string>;
  skipped: SkippedContribution[];
  warnings: string[];
  counts: { input: number; analysed: number; skipped: number; inThemes: number; other: number };
}
