import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/ca';
import 'dayjs/locale/en';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';

dayjs.extend(customParseFormat);

/**
 * How a date field shows its date in the page's language (never the browser's): day first with slashes in
 * French, Spanish and Catalan; in English the month by its name, which neither a British nor an American
 * reader can misread. With `time`, the hour follows on a 24-hour clock.
 */
export function dateDisplayFormat(lang: string, time = false): string {
  const date = lang === 'en' ? 'D MMM YYYY' : 'DD/MM/YYYY';
  return time ? `${date} HH:mm` : date;
}

/** The English forms with the month by its name that a reader may type (or leave from the shown value). */
const NAMED_MONTH = ['D MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY', 'MMM D YYYY', 'MMMM D YYYY'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What a reader typed, read as Mantine's value (`YYYY-MM-DD`, or `YYYY-MM-DD HH:mm:ss` with `time`), or null
 * while it is not (yet) a whole, real date. Digits are read day first (03/04/2026 is the 3rd of April, also
 * in English) and with `/`, `.` or `-` between them; the API's own `YYYY-MM-DD` is read too; in English, the
 * month may be named. No day is made up: 31/04 is not the 1st of May.
 */
export function parseDateText(text: string, lang: string, time = false): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  const clock = time ? /[ T,]+(\d{1,2})[:h.](\d{2})$/.exec(value) : null;
  if (time && !clock) return null;
  const datePart = clock ? value.slice(0, clock.index) : value;
  const day = readDay(datePart, lang);
  if (!day) return null;
  if (!clock) return day;
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${day} ${pad(hours)}:${pad(minutes)}:00`;
}

function readDay(text: string, lang: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (dayFirst) return realDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  if (lang !== 'en') return null;
  const named = dayjs(text, NAMED_MONTH, 'en', true);
  return named.isValid() ? named.format('YYYY-MM-DD') : null;
}

function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A form's date-and-time value (`YYYY-MM-DDTHH:mm`, as a datetime-local input held it) as Mantine's, and back. */
export const toPickerDateTime = (value: string) => (value ? `${value.replace('T', ' ').slice(0, 16)}:00` : null);
export const fromPickerDateTime = (value: string | null) => (value ? value.replace(' ', 'T').slice(0, 16) : '');
