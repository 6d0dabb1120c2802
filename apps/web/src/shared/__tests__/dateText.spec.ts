import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { dateDisplayFormat, fromPickerDateTime, parseDateText, toPickerDateTime } from '../dateText';

describe('date fields read what a reader types in the page language', () => {
  it('reads day first with slashes, dots or dashes, and the API form', () => {
    for (const lang of ['fr', 'es', 'ca']) {
      expect(parseDateText('04/05/2026', lang)).toBe('2026-05-04');
      expect(parseDateText('4/5/2026', lang)).toBe('2026-05-04');
      expect(parseDateText(' 4.5.2026 ', lang)).toBe('2026-05-04');
      expect(parseDateText('04-05-2026', lang)).toBe('2026-05-04');
      expect(parseDateText('2026-05-04', lang)).toBe('2026-05-04');
    }
  });

  it('gives nothing for a half-typed or made-up date (no day is shifted to the next month)', () => {
    for (const text of ['', '0', '04/', '04/05/', '04/05/202', '31/04/2026', '29/02/2026', '00/01/2026', '04/13/2026', 'mai 2026']) {
      expect(parseDateText(text, 'fr')).toBeNull();
    }
    expect(parseDateText('29/02/2028', 'ca')).toBe('2028-02-29');
  });

  it('reads English dates with the month named, as they are shown, and day-first digits', () => {
    expect(parseDateText('4 May 2026', 'en')).toBe('2026-05-04');
    expect(parseDateText('4 September 2026', 'en')).toBe('2026-09-04');
    expect(parseDateText('May 4, 2026', 'en')).toBe('2026-05-04');
    expect(parseDateText('04/05/2026', 'en')).toBe('2026-05-04');
    expect(parseDateText('4 Mai 2026', 'en')).toBeNull();
    expect(parseDateText('4 May 2026', 'fr')).toBeNull();
  });

  it('shows the value in the format it reads back, in each language', () => {
    for (const lang of ['fr', 'es', 'ca', 'en']) {
      const shown = dayjs('2026-05-04').locale(lang).format(dateDisplayFormat(lang));
      expect(parseDateText(shown, lang)).toBe('2026-05-04');
      const withTime = dayjs('2026-05-04 09:05:00').locale(lang).format(dateDisplayFormat(lang, true));
      expect(parseDateText(withTime, lang, true)).toBe('2026-05-04 09:05:00');
    }
    expect(dayjs('2026-05-04').locale('ca').format(dateDisplayFormat('ca'))).toBe('04/05/2026');
    expect(dayjs('2026-05-04').locale('en').format(dateDisplayFormat('en'))).toBe('4 May 2026');
  });

  it('reads a time on a 24-hour clock, and needs one when the field holds a time', () => {
    expect(parseDateText('04/05/2026 14:30', 'fr', true)).toBe('2026-05-04 14:30:00');
    expect(parseDateText('04/05/2026 9h05', 'fr', true)).toBe('2026-05-04 09:05:00');
    expect(parseDateText('04/05/2026', 'fr', true)).toBeNull();
    expect(parseDateText('04/05/2026 24:00', 'fr', true)).toBeNull();
  });

  it("keeps the datetime-local form's value as it was", () => {
    expect(toPickerDateTime('2026-05-04T10:00')).toBe('2026-05-04 10:00:00');
    expect(fromPickerDateTime('2026-05-04 10:00:00')).toBe('2026-05-04T10:00');
    expect(toPickerDateTime('')).toBeNull();
    expect(fromPickerDateTime(null)).toBe('');
  });
});
