import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../../test-support/test-app';
import { signUp, signUpAs } from '../../../../test-support/fixtures';
import { buildQuestionnaire, fullAnswers } from '../../../questionnaires/__tests__/questionnaire-fixtures';
import { submitted } from '../../../proposals/__tests__/proposal-kit';
import { setupBody } from '../../../territory/__tests__/setup-body';

const binary = (res: any, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const rows = (text: string, delimiter: string): Record<string, string>[] =>
  parse(text.replace(/^\ufeff/, ''), { columns: true, delimiter });

/**
 * Exports speak the official's language: labels instead of codes, dates as the territory reads them
 * (its time zone, "2026-01-20 11:05"), and the CSV separator that language's spreadsheets expect
 * (semicolon in French, Spanish and Catalan; comma in English), or the one asked for.
 */
describe('exports: labels, readable dates, the separator of the locale', () => {
  let t: TestApp;
  let official: Awaited<ReturnType<typeof signUpAs>>;
  /** The territory's own reading of a timestamp, computed by PostgreSQL (independent of the code under test). */
  const local = async (table: string, column: string, id: string) =>
    (
      await t.db.query(`SELECT to_char(${column} AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI') AS at FROM ${table} WHERE id = $1`, [id])
    )[0].at as string;

  beforeAll(async () => {
    t = await startTestApp();
    // A time zone far from UTC, so that a UTC date would show.
    await (await signUpAs(t, 'admin')).client.post('/api/setup', setupBody({ timeZone: 'Asia/Tokyo' })).expect(201);
    official = await signUpAs(t, 'official');
  });
  afterAll(() => t.close());

  it('proposals: French labels and semicolons by default, English with commas, a chosen separator, a bad one refused', async () => {
    const author = await signUp(t, { category: 'civil_society', displayName: 'Marta Soler' });
    const p = await submitted(author.client);
    const fr = await official.client.get('/api/proposals/export.csv?lang=fr').expect(200);
    const header = fr.text.replace(/^\ufeff/, '').split('\n')[0];
    expect(header.startsWith('Référence;Consultation;Statut;Masquée;Déposée le;')).toBe(true);
    const row = rows(fr.text, ';').find((r) => r['Référence'] === p.id)!;
    expect(row).toMatchObject({
      Statut: 'Déposée',
      Masquée: 'non',
      Catégorie: 'Société civile',
      'Déposée le': await local('proposals', 'submitted_at', p.id),
    });
    expect(row['Déposée le']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const en = await official.client.get('/api/proposals/export.csv?lang=en').expect(200);
    expect(rows(en.text, ',').find((r) => r.Reference === p.id)).toMatchObject({
      Status: 'Submitted',
      Hidden: 'no',
      Category: 'Civil society',
    });
    const chosen = await official.client.get('/api/proposals/export.csv?lang=es&separator=comma').expect(200);
    expect(rows(chosen.text, ',').find((r) => r.Referencia === p.id)).toMatchObject({ Estado: 'Presentada' });
    await official.client.get('/api/proposals/export.csv?separator=tab').expect(422);
  });

  it('questionnaire: categories, countries and languages named, dates local, in the CSV and the workbook', async () => {
    const built = await buildQuestionnaire(t, official);
    const url = `/api/consultations/${built.consultation.id}/questionnaire`;
    const respondent = await signUp(t, { category: 'diaspora', country: 'SN', originTerritory: 'Dakar' });
    await respondent.client.put(`${url}/response`, { answers: fullAnswers(built.q), submit: true }).expect(200);
    const [response] = await t.db.query(`SELECT id FROM questionnaire_responses WHERE user_id = $1`, [respondent.id]);
    const at = await local('questionnaire_responses', 'submitted_at', response.id);

    const ca = await official.client.get(`${url}/export.csv?lang=ca`).expect(200);
    const [line] = rows(ca.text, ';');
    expect(line).toMatchObject({ Categoria: 'Diàspora', País: 'Senegal', 'Enviat el': at });
    expect(Object.values(line)).toContain('francès'); // the free-text answer's language, named
    expect(ca.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no raw ISO timestamp left

    const xlsx = await official.client.get(`${url}/export.xlsx?lang=fr`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Réponses');
    const head = (sheet.getRow(1).values as string[]).slice(1);
    const values = (sheet.getRow(2).values as string[]).slice(1);
    const cell = (name: string) => values[head.indexOf(name)];
    expect([cell('Catégorie'), cell('Pays'), cell('Envoyé le')]).toEqual(['Diaspora', 'Sénégal', at]);
  });
});
