import type { Language } from '@polyphony/contracts';

/**
 * What official content needs from the translation service (libs/translation, apps/api/src/translation):
 * many texts of one direction at once, each translated once per language (the service's cache).
 */
export interface OfficialTranslator {
  /** false when machine translation is off on this server (no engine configured or installed). */
  available(): boolean;
  /** The translations in order; null for a text the engine could not translate. */
  translateMany(texts: string[], from: Language, to: Language): Promise<(string | null)[]>;
}

export const OFFICIAL_TRANSLATOR = Symbol('OFFICIAL_TRANSLATOR');
