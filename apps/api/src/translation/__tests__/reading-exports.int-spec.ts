import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { buildQuestionnaire, fullAnswers } from '../../questionnaires/__tests__/questionnaire-fixtures';
import { proposalRequest } from '../../proposals/__tests__/proposal-kit';
import { SWEEP_SOURCES, TranslationRepository } from '../translation.repository';
import { TranslationService } from '../translation.service';

const csvRows = (text: string, delimiter = ','): Record<string, string>[] =>
  parse(text.replace(/^\ufeff/, ''), { columns: true, delimiter });

const SPANISH = {
  title: 'Una red de cooperación con Dakar para la gestión de residuos',
  body: 'Las asociaciones de la diáspora proponen un programa de intercambio entre técnicos municipales.',
  expectedResults: 'Dos misiones técnicas al año.',
};

/** Whether `text` (from `from`) is cached in each of `languages`. */
async function cachedIn(t: TestApp, text: string, from: string, languages: string[]) {
  const rows: { target_language: string }[] = await t.db.query(
    `SELECT target_language FROM machine_translations WHERE source_hash = sha256(convert_to($1, 'UTF8')) AND source_language = $2 ORDER BY 1`,
    [text, from],
  );
  return rows.map((r) => r.target_language).filter((l) => languages.includes(l));
}

describe('reading in your language: proposal versions, the sweep and exports on real Apertium', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
  }, 120_000);
  afterAll(() => t?.close());

  it('the background sweep covers every kind of text people read: proposal versions, statements, key points, room messages…', async () => {
    expect(SWEEP_SOURCES).toEqual(
      expect.arrayContaining([
        'proposals',
        'proposal_versions',
        'proposal_comments',
        'room_messages',
        'statements',
        'plan_annotations',
        'organisations',
        'answers_and_key_points',
      ]),
    );
    const service = t.app.get(TranslationService);
    const repository = t.app.get(TranslationRepository);
    // Every source's query runs (a typo in one would stop the sweep for all).
    for (const source of SWEEP_SOURCES) await repository.textsSince(source, new Date(0), 5);
    await service.sweep();

    // A Spanish author edits a draft (version 2), an official writes a statement, an interview key point is recorded.
    const author = await signUp(t, { preferredLanguage: 'es' });
    const official = await signUpAs(t, 'official');
    const p = (await author.client.post('/api/proposals', proposalRequest(SPANISH)).expect(201)).body;
    const edited = 'Una red de cooperación con Dakar y Maputo para la gestión de residuos';
    await author.client.patch(`/api/proposals/${p.id}`, { baseVersion: 1, title: edited }).expect(200);
    const { consultation } = await buildQuestionnaire(t, official);
    const statement = 'La cooperació amb les ciutats mediterrànies ha de ser una prioritat del pla.';
    await official.client.post(`/api/consultations/${consultation.id}/statements`, { text: statement }).expect(201);
    const keyPoint = 'The metropolis should join fewer city networks and take a more active role in each.';
    await t.db.query(
      `INSERT INTO contributions (consultation_id, source, source_ref, text, language, category) VALUES ($1, 'interview_key_point', 'kp-test', $2, 'en', 'academia')`,
      [consultation.id, keyPoint],
    );

    const { translated } = await service.sweep();
    expect(translated).toBeGreaterThanOrEqual(4 * 3);
    expect(await cachedIn(t, edited, 'es', ['ca', 'en', 'fr'])).toEqual(['ca', 'en', 'fr']);
    // The title before the edit lives only in version 1: read in the version history's diff.
    expect(await cachedIn(t, SPANISH.title, 'es', ['ca', 'en', 'fr'])).toEqual(['ca', 'en', 'fr']);
    expect(await cachedIn(t, SPANISH.body, 'es', ['ca', 'en', 'fr'])).toEqual(['ca', 'en', 'fr']);
    expect(await cachedIn(t, statement, 'ca', ['en', 'es', 'fr'])).toEqual(['en', 'es', 'fr']);
    expect(await cachedIn(t, keyPoint, 'en', ['ca', 'es', 'fr'])).toEqual(['ca', 'es', 'fr']);
    expect((await service.sweep()).translated).toBe(0);

    // An edit is translated again: a comment corrected within its edit window, a key point rewritten.
    const published = (await author.client.post('/api/proposals', proposalRequest(SPANISH)).expect(201)).body;
    await author.client.post(`/api/proposals/${published.id}/submit`).expect(200);
    const comment = (await author.client.post(`/api/proposals/${published.id}/comments`, { body: 'Hace falta un calendario.' }).expect(201))
      .body;
    await service.sweep();
    const corrected = 'Hace falta un calendario claro y un presupuesto propio.';
    await author.client.patch(`/api/proposals/${published.id}/comments/${comment.id}`, { body: corrected }).expect(200);
    const rewritten = 'The metropolis should join fewer networks and lead in each of them.';
    await t.db.query(`UPDATE contributions SET text = $1, updated_at = now() WHERE source_ref = 'kp-test'`, [rewritten]);
    await service.sweep();
    expect(await cachedIn(t, corrected, 'es', ['ca', 'en', 'fr'])).toEqual(['ca', 'en', 'fr']);
    expect(await cachedIn(t, rewritten, 'en', ['ca', 'es', 'fr'])).toEqual(['ca', 'es', 'fr']);

    // An anonymous reader finds them cached: free, whatever the budgets.
    const anonymous = await t.client('ca');
    const res = await anonymous.post('/api/translations', { to: 'ca', items: [{ text: edited, from: 'es' }] }).expect(200);
    expect(res.body.items[0].translation).toMatch(/xarxa/i);
  }, 180_000);

  it('the version diff is also given between the versions’ translations, marked with its languages', async () => {
    const author = await signUp(t, { preferredLanguage: 'es' });
    const p = (await author.client.post('/api/proposals', proposalRequest(SPANISH)).expect(201)).body;
    await author.client
      .patch(`/api/proposals/${p.id}`, { baseVersion: 1, body: `${SPANISH.body} Cada año se publica un informe.` })
      .expect(200);
    await author.client.post(`/api/proposals/${p.id}/submit`).expect(200);
    const plain = (await author.client.get(`/api/proposals/${p.id}/diff?from=1&to=2`).expect(200)).body;
    expect(plain.language).toBe('es');
    expect(plain.translation).toBeUndefined();
    const anonymous = await t.client('ca');
    const diff = (await anonymous.get(`/api/proposals/${p.id}/diff?from=1&to=2&lang=ca`).expect(200)).body;
    expect(diff.fields.map((f: { field: string }) => f.field)).toEqual(['body']);
    expect(diff.translation).toMatchObject({ from: 'es', to: 'ca' });
    const parts: { value: string; added: boolean; removed: boolean }[] = diff.translation.fields[0].parts;
    const added = parts
      .filter((x) => x.added)
      .map((x) => x.value)
      .join('');
    expect(added).toMatch(/informe/);
    expect(
      parts
        .filter((x) => !x.added && !x.removed)
        .map((x) => x.value)
        .join(''),
    ).toMatch(/associacions/);
    // Same language: nothing to translate; bad language: a 4xx.
    expect((await anonymous.get(`/api/proposals/${p.id}/diff?from=1&to=2&lang=es`).expect(200)).body.translation).toBeUndefined();
    await anonymous.get(`/api/proposals/${p.id}/diff?from=1&to=2&lang=de`).expect(422);
  }, 120_000);

  it('the proposals export carries each text as written, its language and its translation; officials only', async () => {
    const author = await signUp(t, { preferredLanguage: 'es', displayName: 'Lucía Gómez' });
    const p = (await author.client.post('/api/proposals', proposalRequest(SPANISH)).expect(201)).body;
    await author.client.post(`/api/proposals/${p.id}/submit`).expect(200);
    const official = await signUpAs(t, 'official');
    const res = await official.client.get('/api/proposals/export.csv?lang=ca').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const into = 'Traducció automàtica al català';
    const row = csvRows(res.text, ';').find((r) => r['Referència'] === p.id)!;
    expect(row).toMatchObject({
      'Llengua de l’original': 'castellà',
      Títol: SPANISH.title,
      Text: SPANISH.body,
      Autoria: 'Lucía Gómez',
      Estat: 'Presentada',
      Amagada: 'no',
    });
    expect(row[`Títol (${into})`]).toMatch(/xarxa de cooperació/i);
    expect(row[`Text (${into})`]).toMatch(/associacions/);
    expect(row[`Resultats esperats (${into})`]).toMatch(/any/);
    // In the proposal's own language, no translation columns are filled.
    const same = csvRows((await official.client.get('/api/proposals/export.csv?lang=es').expect(200)).text, ';').find(
      (r) => r.Referencia === p.id,
    )!;
    expect(same).toMatchObject({ 'Título (Traducción automática al español)': '', Título: SPANISH.title });

    await (await t.client()).get('/api/proposals/export.csv').expect(401);
    await author.client.get('/api/proposals/export.csv').expect(403);
    await official.client.get('/api/proposals/export.csv?lang=de').expect(422);
  }, 120_000);

  it('the questionnaire export gives each free-text answer its language and its translation beside it', async () => {
    const official = await signUpAs(t, 'official');
    const built = await buildQuestionnaire(t, official);
    const url = `/api/consultations/${built.consultation.id}/questionnaire`;
    const french = await signUp(t);
    await french.client.put(`${url}/response`, { answers: fullAnswers(built.q), submit: true }).expect(200);
    const spanish = await signUp(t);
    const long = 'Reforzar la cooperación descentralizada con Dakar y Maputo.';
    await spanish.client.put(`${url}/response`, { answers: fullAnswers(built.q, { [built.q.long]: long }), submit: true }).expect(200);

    const res = await official.client.get(`${url}/export.csv?lang=ca`).expect(200);
    const header = res.text.replace(/^\ufeff/, '').split('\n')[0];
    expect(header).toContain('Q6. Llengua de l’original');
    expect(header).toContain('Q6. Traducció automàtica al català');
    const lines: string[][] = parse(res.text.replace(/^\ufeff/, ''), { delimiter: ';' });
    const col = lines[0].findIndex((h) => h.startsWith('Q6. ') && !h.includes('Llengua') && !h.includes('Traducció'));
    const es = lines.find((l) => l[col] === long)!;
    expect(es[col + 1]).toBe('castellà');
    expect(es[col + 2]).toMatch(/cooperació descentralitzada/);
    const fr = lines.find((l) => l[col] === 'Renforcer la coopération décentralisée avec Dakar et Maputo.')!;
    expect(fr[col + 1]).toBe('francès');
    expect(fr[col + 2]).toMatch(/cooperació/);
    // The workbook carries the same columns.
    const xlsx = await official.client.get(`${url}/export.xlsx?lang=ca`).buffer(true).expect(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  }, 120_000);
});
