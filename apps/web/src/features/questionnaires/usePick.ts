import { useTranslation } from 'react-i18next';
import { pickTranslation, type Language, type TranslatedText } from '@polyphony/contracts';

/** Picks a content text in the given (or UI) language and says which language it really is in, for `lang`. */
export function usePick(forced?: Language) {
  const { i18n } = useTranslation();
  const lang = forced ?? ((i18n.resolvedLanguage ?? 'fr') as Language);
  return (text: TranslatedText | null | undefined) => {
    const value = pickTranslation(text, lang);
    const found = (Object.entries(text ?? {}) as [Language, string][]).find(([, v]) => v === value)?.[0];
    return { text: value, lang: found };
  };
}
