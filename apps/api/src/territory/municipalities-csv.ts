import { parse } from 'csv-parse/sync';
import { SETTINGS_LIMITS, type Language, type MunicipalitiesCsvResult } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';

/** Header cells recognised (and skipped) on the first line, in the four languages. */
const HEADERS = new Set([
  'name',
  'municipality',
  'municipalities',
  'nom',
  'commune',
  'communes',
  'nombre',
  'municipio',
  'municipios',
  'municipi',
  'municipis',
]);

/**
 * Reads municipalities from a CSV file: the first column of each line is a name (other columns are
 * ignored; comma, semicolon or tab). Every line that cannot be used gets a message in the reader's
 * language; the good lines are kept in order, without duplicates.
 */
export function parseMunicipalitiesCsv(csv: string, lang: Language): MunicipalitiesCsvResult {
  const errors: MunicipalitiesCsvResult['errors'] = [];
  const say = (line: number, key: string, params: Record<string, unknown> = {}) =>
    errors.push({ line, message: translate(lang, `settings:csv.${key}`, { line, ...params }) });
  const records = parse(csv, {
    bom: true,
    delimiter: [',', ';', '\t'],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err) say((err as { lines?: number }).lines ?? 0, 'unreadable');
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];

  const names: string[] = [];
  const seen = new Map<string, number>();
  records.forEach(({ record, info }, index) => {
    const line = info.lines;
    const name = (record[0] ?? '').trim();
    if (index === 0 && HEADERS.has(name.toLowerCase())) return;
    if (!name) return say(line, 'empty');
    if (name.length > SETTINGS_LIMITS.municipality) return say(line, 'too_long', { max: SETTINGS_LIMITS.municipality });
    const key = name.toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return say(line, 'duplicate', { name, first });
    seen.set(key, line);
    names.push(name);
  });
  if (names.length > SETTINGS_LIMITS.municipalities) {
    say(0, 'too_many', { max: SETTINGS_LIMITS.municipalities });
    names.length = SETTINGS_LIMITS.municipalities;
  }
  errors.sort((a, b) => a.line - b.line);
  return { municipalities: names, errors };
}
