import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../app/territory-time';

type Style = 'long' | 'medium';

/**
 * A date as the page's language writes it ("4 mai 2026", "4 de maig de 2026", "May 4, 2026"). A calendar
 * date (`YYYY-MM-DD`) has no time zone and is read as written; a timestamp falls on its day in the
 * territory's time zone, not the reader's.
 */
export function calendarDate(iso: string, lang: string | undefined, style: Style = 'long'): string {
  return iso.length === 10
    ? new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
    : dateTimeFormat(lang, { dateStyle: style }).format(new Date(iso));
}

/** `calendarDate` in the page's language; an absent date reads as nothing. */
export function useCalendarDate(style: Style = 'long') {
  const { i18n } = useTranslation();
  return (iso: string | null | undefined) => (iso ? calendarDate(iso, i18n.resolvedLanguage, style) : '');
}
