import ExcelJS from 'exceljs';
import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUp, signUpAs, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import type { ApiClient } from '../../../test-support/api-client';
import { buildQuestionnaire, type Built } from './questionnaire-fixtures';

const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('questionnaire results and exports', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let built: Built;
  let base: string;
  const respondents: { id: string; email: string; client: ApiClient }[] = [];

  // The resident is the consultation's facilitator.
  appWithOfficialAndResident({}, (cast) => ({ t, official, resident: facilitator } = cast));
  beforeAll(async () => {
    built = await buildQuestionnaire(t, official);
    base = `/api/consultations/${built.consultation.id}/questionnaire`;
    await official.client.put(`/api/consultations/${built.consultation.id}/facilitators`, { userIds: [facilitator.id] }).expect(200);
    const people = [
      {
        category: 'resident',
        country: 'ES',
        answers: {
          [built.q.single]: 'eu',
          [built.q.scale]: 5,
          [built.q.ranking]: ['metropolis', 'uclg', 'eurocities'],
          [built.q.short]: 'Lyon',
        },
      },
      {
        category: 'resident',
        country: 'ES',
        answers: { [built.q.single]: 'eu', [built.q.scale]: 4, [built.q.multiple]: ['med'], [built.q.short]: 'Porto' },
      },
      {
        category: 'academia',
        country: 'FR',
        answers: {
          [built.q.single]: 'funds',
          [built.q.scale]: 2,
          [built.q.ranking]: ['uclg', 'metropolis', 'eurocities'],
          [built.q.short]: 'Manchester',
        },
      },
      {
        category: 'diaspora',
        country: 'SN',
        answers: {
          [built.q.single]: 'coop',
          [built.q.scale]: 3,
          [built.q.multiple]: ['europe', 'med'],
          [built.q.country]: 'SN',
          [built.q.short]: '=HYPERLINK("x")',
        },
      },
    ];
    for (const p of people) {
      const person = await signUpAs(t, 'participant', p.category as never);
      await t.db.query(`UPDATE users SET country = $2 WHERE id = $1`, [person.id, p.country]);
      await person.client.put(`${base}/response`, { answers: p.answers, submit: true }).expect(200);
      respondents.push(person);
    }
    // A draft is not a result.
    const drafting = await signUp(t);
    await drafting.client.put(`${base}/response`, { answers: { [built.q.single]: 'funds' }, submit: false }).expect(200);
  });

  it('counts choices, scale distribution and mean, ranking mean positions and Borda points, respondents per category and country', async () => {
    const res = (await official.client.get(`${base}/results`).expect(200)).body;
    expect(res.respondents).toBe(4);
    expect(res.byCategory).toEqual([
      { category: 'resident', count: 2 },
      { category: 'academia', count: 1 },
      { category: 'diaspora', count: 1 },
    ]);
    expect(res.byCountry).toEqual([
      { country: 'ES', count: 2 },
      { country: 'FR', count: 1 },
      { country: 'SN', count: 1 },
    ]);
    const [single, multiple, scale, ranking, short, , country] = res.questions;
    expect(single).toMatchObject({
      answered: 4,
      options: [
        { key: 'eu', count: 2 },
        { key: 'funds', count: 1 },
        { key: 'coop', count: 1 },
      ],
    });
    expect(multiple).toMatchObject({
      answered: 2,
      options: [
        { key: 'europe', count: 1 },
        { key: 'med', count: 2 },
        { key: 'latam', count: 0 },
      ],
    });
    expect(scale.scale).toEqual({ distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 1 ? 0 : 1 })), mean: 3.5 });
    expect(ranking.answered).toBe(2);
    expect(ranking.ranking).toEqual([
      { key: 'metropolis', meanPosition: 1.5, borda: 3, first: 1 },
      { key: 'uclg', meanPosition: 1.5, borda: 3, first: 1 },
      { key: 'eurocities', meanPosition: 3, borda: 0, first: 0 },
    ]);
    expect(short.answered).toBe(4);
    expect(country.countries).toEqual([{ country: 'SN', count: 1 }]);
  });

  it('filters results by stakeholder category and by country', async () => {
    const residents = (await official.client.get(`${base}/results?category=resident`).expect(200)).body;
    expect(residents.respondents).toBe(2);
    expect(residents.questions[0].options).toEqual([
      { key: 'eu', count: 2 },
      { key: 'funds', count: 0 },
      { key: 'coop', count: 0 },
    ]);
    const fr = (await official.client.get(`${base}/results?country=fr`).expect(200)).body;
    expect(fr.respondents).toBe(1);
    expect(fr.questions[2].scale.mean).toBe(2);
    await official.client.get(`${base}/results?category=astronaut`).expect(422);
  });

  it('results follow edits: a respondent changing an answer moves the counts', async () => {
    const first = respondents[0];
    await first.client
      .put(`${base}/response`, { answers: { [built.q.single]: 'coop', [built.q.scale]: 5, [built.q.short]: 'Lyon' }, submit: true })
      .expect(200);
    const res = (await official.client.get(`${base}/results`).expect(200)).body;
    expect(res.questions[0].options).toEqual([
      { key: 'eu', count: 1 },
      { key: 'funds', count: 1 },
      { key: 'coop', count: 2 },
    ]);
    expect(res.questions[3].answered).toBe(1); // the ranking was dropped
    expect(res.respondents).toBe(4);
    await first.client
      .put(`${base}/response`, {
        answers: {
          [built.q.single]: 'eu',
          [built.q.scale]: 5,
          [built.q.ranking]: ['metropolis', 'uclg', 'eurocities'],
          [built.q.short]: 'Lyon',
        },
        submit: true,
      })
      .expect(200);
  });

  it('lists free-text answers newest first, filtered by category and country, by keyset pages', async () => {
    const page1 = (await official.client.get(`${base}/texts?questionId=${built.q.short}&limit=2`).expect(200)).body;
    expect(page1.items).toHaveLength(2);
    const page2 = (await official.client.get(`${base}/texts?questionId=${built.q.short}&limit=2&cursor=${page1.nextCursor}`).expect(200))
      .body;
    expect(page2.nextCursor).toBeNull();
    expect([...page1.items, ...page2.items].map((i: { text: string }) => i.text).sort()).toEqual([
      '=HYPERLINK("x")',
      'Lyon',
      'Manchester',
      'Porto',
    ]);
    const academia = (await official.client.get(`${base}/texts?questionId=${built.q.short}&category=academia`).expect(200)).body;
    expect(academia.items).toEqual([expect.objectContaining({ text: 'Manchester', category: 'academia', country: 'FR' })]);
    const sn = (await official.client.get(`${base}/texts?questionId=${built.q.short}&country=SN`).expect(200)).body;
    expect(sn.items.map((i: { text: string }) => i.text)).toEqual(['=HYPERLINK("x")']);
    await official.client.get(`${base}/texts?questionId=${built.q.single}`).expect(422);
    // Each answer comes with the language stored with it (its contribution's), for the reader's translation.
    const stored: { source_ref: string; language: string }[] = await t.db.query(
      `SELECT source_ref, language FROM contributions WHERE source = 'questionnaire_answer' AND source_ref = ANY($1::text[])`,
      [[...page1.items, ...page2.items].map((i: { id: string }) => i.id)],
    );
    expect(stored).toHaveLength(4);
    for (const item of [...page1.items, ...page2.items] as { id: string; language: string }[])
      expect(item.language).toBe(stored.find((c) => c.source_ref === item.id)!.language);
  });

  it('answers the results page in a fixed number of queries, whatever the number of questions and respondents (no N+1)', async () => {
    const { queries } = await t.queries.measure(() => official.client.get(`${base}/results`).expect(200));
    // session, consultation context, aggregate (questions come from the per-version cache or one query)
    expect(queries).toBeLessThanOrEqual(4);
    const texts = await t.queries.measure(() => official.client.get(`${base}/texts?questionId=${built.q.short}`).expect(200));
    expect(texts.queries).toBeLessThanOrEqual(4);
  });

  const who = async (role: string): Promise<ApiClient> => {
    if (role === 'anonymous') return t.client();
    if (role === 'official') return official.client;
    if (role === 'facilitator') return facilitator.client;
    return (await signUpAs(t, role as never)).client;
  };

  it.each([
    ['anonymous', 401],
    ['participant', 403],
    ['facilitator', 200],
    ['official', 200],
    ['admin', 200],
  ] as const)('%s asking for results, texts and exports gets %i', async (role, status) => {
    const client = await who(role);
    await client.get(`${base}/results`).expect(status);
    await client.get(`${base}/texts?questionId=${built.q.short}`).expect(status);
    await client.get(`${base}/export.csv`).expect(status);
    await client.get(`${base}/export.xlsx`).buffer(true).parse(binary).expect(status);
  });

  it('exports one CSV row per submitted response and one column per question; names and e-mails for officials only', async () => {
    const csv = await official.client
      .get(`${base}/export.csv?lang=es&separator=comma`)
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'Participante,Nombre,Correo electrónico,Categoría,País,Enviado el,Modificado el,Q1. ¿Qué línea es prioritaria?,Q2. ¿Qué regiones?,Q3. Importancia de la acción internacional,Q4. Ordena estas redes,Q5. ¿Un socio prioritario?,Q5. Idioma del original,Q5. Traducción automática al español,Q6. Tus propuestas,Q6. Idioma del original,Q6. Traducción automática al español,Q7. País con el que cooperar',
    );
    expect(csv.text).toContain(respondents[2].email);
    expect(csv.text).toContain('Fondos');
    expect(csv.text).toContain(',1. CGLU; 2. Metropolis; 3. Eurocities,');
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`); // neutralised formula
    const forFacilitator = await facilitator.client.get(`${base}/export.csv?lang=fr`).expect(200);
    const header = forFacilitator.text.replace(/^\uFEFF/, '').split('\n')[0];
    // In French, by default, the separator French spreadsheets expect.
    expect(header.startsWith('Participant;Catégorie;Pays;')).toBe(true);
    for (const r of respondents) expect(forFacilitator.text).not.toContain(r.email);
    expect(forFacilitator.text).not.toContain('Laia Ferrer');
    expect(forFacilitator.text.match(/R-[0-9a-f]{10}/g)).toHaveLength(4);
  });

  it('exports the same rows as an Excel workbook', async () => {
    const res = await official.client.get(`${base}/export.xlsx?lang=fr`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(8).value).toBe('Q1. Quelle ligne est prioritaire ?');
    const values = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(10).value);
    expect(values.sort()).toEqual([2, 3, 4, 5]);
  });
});
