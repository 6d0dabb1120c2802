import countries from 'i18n-iso-countries';
import { useTranslation } from 'react-i18next';

/** Turns an ISO code ("ES") into a country name in the UI language ("Espagne"). */
export function useCountryName() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (code: string | null | undefined) => (code ? (countries.getName(code, lang) ?? code) : '');
}
