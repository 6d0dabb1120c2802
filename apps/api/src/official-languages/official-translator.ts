import type { Language } from '@polyphony/contracts';
import type { Translator } from '@polyphony/translation';

/**
 * What official content needs from the translation service (libs/translation, apps/api/src/translation):
 * many texts of one direction at once, each translated once per language (the service's cache).
 */
export interface OfficialTranslator {
  /** false when machine translation is off on this server (no engine configured or installed). */
  available(): Promise<boolean>;
  /** The translations in order; null for a text the engine could not translate. */
  translateMany(texts: string[], from: Language, to: Language): Promise<(string | null)[]>;
  close(): Promise<void>;
}

export const OFFICIAL_TRANSLATOR = Symbol('OFFICIAL_TRANSLATOR');

/** Adapts an engine of @polyphony/translation: a failure is "not translated", never the original passed off as a translation. */
export function officialTranslator(engine: Translator): OfficialTranslator {
  let status: Promise<boolean> | undefined;
  return {
    available: () =>
      (status ??= engine.available().then(
        (s) => s.available,
        () => false,
      )),
    translateMany: async (texts, from, to) => {
      try {
        return await engine.translate(texts, from, to);
      } catch {
        return texts.map(() => null);
      }
    },
    close: () => engine.close(),
  };
}
