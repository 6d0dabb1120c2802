import { useEffect, useState } from 'react';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import countries from 'i18n-iso-countries';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '@polyphony/contracts';
import { loadLanguagePack, NAMESPACES } from './catalogs';
import { initialLanguage } from './reader-language';

export { isLanguage };
export { initialLanguage, storeLanguage } from './reader-language';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  es: 'Español',
  ca: 'Català',
  en: 'English',
};

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}

/**
 * i18next reads a language's catalogs when it needs them: the reader's before the first render,
 * another one when the reader switches (changeLanguage waits for it, so no key shows untranslated).
 * The language's country names are registered with its catalogs.
 */
const lazyCatalogs: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadLanguagePack(language).then(
      (pack) => {
        countries.registerLocale(pack.countries);
        callback(null, pack.catalogs[namespace] ?? {});
      },
      (error: Error) => callback(error, false),
    );
  },
};

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});

/** Resolves once the reader's catalogs are in: boot() renders after it. */
export const i18nReady: Promise<unknown> = i18next
  .use(lazyCatalogs)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    // Every language has every key (libs/i18n's catalog test): no second language to load as a fallback.
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'web',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => {
    document.documentElement.lang = currentLanguage();
  });

/** Loads other languages' catalogs (for text written in every language of a plan, previews...). */
export function loadLanguages(langs: readonly Language[]): Promise<void> {
  return i18next.loadLanguages([...langs]);
}

const isLoaded = (lang: Language) => NAMESPACES.every((ns) => i18next.hasResourceBundle(lang, ns));

/** Whether `lang`'s catalogs are loaded; starts loading them if not (the component renders again once they are). */
export function useLanguageLoaded(lang: Language): boolean {
  const [, setLoads] = useState(0);
  const ready = isLoaded(lang);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadLanguages([lang]).then(() => live && setLoads((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang, ready]);
  return ready;
}

export default i18next;
