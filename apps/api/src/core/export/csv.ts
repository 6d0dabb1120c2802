import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, or
 * their full-width forms) as a formula, even when quoted: `=HYPERLINK(...)` in a message or a
 * display name would become a live link or worse. Such text cells get a leading apostrophe,
 * which spreadsheets show as plain text. Numbers stay numbers.
 */
export function neutraliseCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

const BOM = '\ufeff';

/**
 * The one CSV writer of every export: formula cells neutralised, UTF-8 with a byte-order mark
 * (so spreadsheet programs read accents right). `csvText` for small files built in memory.
 */
export function csvText(header: string[], rows: CsvCell[][]): string {
  return BOM + stringifySync([header, ...rows].map((row) => row.map(neutraliseCell)));
}

/** The same, streamed (large exports), with back-pressure. */
export async function writeCsv(out: Writable, header: string[], rows: AsyncIterable<CsvCell[]> | Iterable<CsvCell[]>): Promise<void> {
  const csv = stringify({ bom: true });
  csv.pipe(out);
  const write = (record: CsvCell[]) =>
    new Promise<void>((ok) => (csv.write(record.map(neutraliseCell)) ? ok() : csv.once('drain', () => ok())));
  await write(header);
  for await (const row of rows) await write(row);
  await new Promise<void>((ok) => csv.end(() => ok()));
}
