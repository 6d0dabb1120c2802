import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { csvText, neutraliseCell, writeCsv } from '../export/csv';

describe('the shared CSV writer', () => {
  const payloads = ['=HYPERLINK("http://evil.example","clic")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1', '＝1+1'];

  it('neutralises every cell a spreadsheet would run as a formula, and leaves the rest alone', () => {
    for (const p of payloads) expect(neutraliseCell(p)).toBe(`'${p}`);
    expect(neutraliseCell('Bonjour = salut')).toBe('Bonjour = salut');
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBe('');
  });

  it('writes in memory and streamed the same neutralised cells, header included, with a byte-order mark', async () => {
    const rows = payloads.map((p, i) => [i, p]);
    const text = csvText(['n', '=header'], rows);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeCsv(out, ['n', '=header'], rows);
    const streamed = Buffer.concat(chunks).toString('utf8');
    expect(streamed).toBe(text);
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed: string[][] = parse(text.slice(1));
    expect(parsed[0]).toEqual(['n', "'=header"]);
    for (const [i, row] of parsed.slice(1).entries()) expect(row[1]).toBe(`'${payloads[i]}`);
  });
});
