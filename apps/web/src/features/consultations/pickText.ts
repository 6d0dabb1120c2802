import { pickTranslation, type Language, type TranslatedText } from '@polyphony/contracts';
import { currentLanguage } from '../../app/i18n';

/** The best translation of a content field for the reader, and the language it is really in (for `lang`). */
export function pickText(text: TranslatedText | undefined, lang: Language = currentLanguage()): { text: string; lang: string | undefined } {
  const value = pickTranslation(text, lang);
  const found = (Object.entries(text ?? {}) as [Language, string][]).find(([, v]) => v === value)?.[0];
  return { text: value, lang: found };
}
