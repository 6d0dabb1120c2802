import type { Language } from '@polyphony/contracts';
import type { TranslationService } from '../translation/translation.service';

/**
 * What official content needs from the one translation service (apps/api/src/translation): many texts of
 * one direction at once, each translated once per language through its PostgreSQL cache.
 */
export interface OfficialTranslator {
  /** false when machine translation is off on this server (no engine configured or installed). */
  available(): Promise<boolean>;
  /** The translations in order; null for a text the engine could not translate (never the original passed off). */
  translateMany(texts: string[], from: Language, to: Language): Promise<(string | null)[]>;
}

export function officialTranslator(service: TranslationService): OfficialTranslator {
  return {
    available: () => service.status().then((s) => s.available),
    translateMany: async (texts, from, to) => {
      try {
        const result = await service.translate(
          texts.map((text) => ({ text, from })),
          to,
        );
        return result.items.map((item) => item.translation);
      } catch {
        return texts.map(() => null);
      }
    },
  };
}
