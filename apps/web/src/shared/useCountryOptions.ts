import { useMemo } from 'react';
import countries from 'i18n-iso-countries';
import { COUNTRY_CODES } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

/** Country options in the UI language, sorted the way that language sorts. */
export function useCountryOptions() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'fr';
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countries.getName(code, lang) ?? code })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [lang]);
}
