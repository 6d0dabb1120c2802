import type { Language } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';

/**
 * What every export shows instead of codes: labels in the reader's language (categories, countries,
 * languages, yes/no) and dates as the territory reads them, "2026-01-20 11:05" (its time zone; a
 * form every spreadsheet program reads as a date and that sorts as text too).
 */
export function exportLabels(lang: Language, timeZone: string) {
  const t = (ns: string, key: string) => serverI18n().getFixedT(lang, ns)(key) as string;
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const stamp = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    t,
    date: (value: Date | string | null | undefined) => (value ? stamp.format(new Date(value)) : ''),
    category: (code: string | null | undefined) => (code ? t('web', `categories.${code}`) : ''),
    country: (code: string | null | undefined) => {
      if (!code) return '';
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code; // not a region code: as stored
      }
    },
    language: (code: string | null | undefined) => (code ? t('translation', `languages.${code}`) : ''),
    yesNo: (value: boolean) => t('translation', value ? 'export.yes' : 'export.no'),
  };
}
