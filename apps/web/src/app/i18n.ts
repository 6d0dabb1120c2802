import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import countries from 'i18n-iso-countries';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import countriesEs from 'i18n-iso-countries/langs/es.json';
import countriesCa from 'i18n-iso-countries/langs/ca.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import { buildResources, NAMESPACES } from '@polyphony/i18n';
import { DEFAULT_LANGUAGE, LANGUAGES, negotiateLanguage, type Language } from '@polyphony/contracts';

for (const locale of [countriesFr, countriesEs, countriesCa, countriesEn]) countries.registerLocale(locale);

const STORAGE_KEY = 'polyphony.language';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  es: 'Español',
  ca: 'Català',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** Stored choice, else the browser's languages, else French. The signed-in user's preference wins later. */
export function initialLanguage(): Language {
  return storedLanguage() ?? negotiateLanguage(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});

void i18next.use(initReactI18next).init({
  resources: buildResources(),
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'web',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

export default i18next;
