import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { CsvSeparator } from '@polyphony/contracts';

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
const DELIMITER: Record<CsvSeparator, string> = { comma: ',', semicolon: ';' };

/** How a file is written: the separator (comma by default) and, with semicolons, decimal commas. */
export interface CsvOptions {
  separator?: CsvSeparator;
}

/** A cell as written: neutralised; where the separator is a semicolon, the decimal mark is a comma. */
function cellWriter(options: CsvOptions) {
  const decimalComma = options.separator === 'semicolon';
  return (value: CsvCell) => {
    const cell = neutraliseCell(value);
    return decimalComma && typeof cell === 'number' && !Number.isInteger(cell) ? String(cell).replace('.', ',') : cell;
  };
}

/**
 * The one CSV writer of every export: formula cells neutralised, UTF-8 with a byte-order mark
 * (so spreadsheet programs read accents right), the separator the reader's spreadsheet expects
 * (csvSeparatorFor). `csvText` for small files built in memory.
 */
export function csvText(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const cell = cellWriter(options);
  return (
    BOM +
    stringifySync(
      [header, ...rows].map((row) => row.map(cell)),
      { delimiter: DELIMITER[options.separator ?? 'comma'] },
    )
  );
}

/** The same, streamed (large exports), with back-pressure. */
export async function writeCsv(
  out: Writable,
  header: string[],
  rows: AsyncIterable<CsvCell[]> | Iterable<CsvCell[]>,
  options: CsvOptions = {},
): Promise<void> {
  const cell = cellWriter(options);
  const csv = stringify({ bom: true, delimiter: DELIMITER[options.separator ?? 'comma'] });
  csv.pipe(out);
  const write = (record: CsvCell[]) => new Promise<void>((ok) => (csv.write(record.map(cell)) ? ok() : csv.once('drain', () => ok())));
  await write(header);
  for await (const row of rows) await write(row);
  await new Promise<void>((ok) => csv.end(() => ok()));
}
