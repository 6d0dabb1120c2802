import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import { draft } from '../../proposals/__tests__/proposal-kit';

describe('the taxonomy as data (issue 14)', () => {
  let t: TestApp;
  let people: Record<'admin' | 'official' | 'participant', Awaited<ReturnType<typeof signUpAs>>>;
  beforeAll(async () => {
    // As on an instance migrated from the former enums: the reference case's lines, regions, agendas and units.
    t = await startTestApp();
    people = { admin: await signUpAs(t, 'admin'), official: await signUpAs(t, 'official'), participant: await signUpAs(t, 'participant') };
  });
  afterAll(() => t.close());

  const entry = async (kind: string, key: string) => {
    const all = (await (await t.client()).get('/api/taxonomy').expect(200)).body;
    return all[kind].find((e: { key: string }) => e.key === key);
  };

  it('lists every kind in order, with translations, to anyone', async () => {
    const all = (await (await t.client()).get('/api/taxonomy').expect(200)).body;
    expect(all.strategic_line.map((e: { key: string }) => e.key)).toEqual([
      'eu_un_agenda',
      'international_funding',
      'innovation_knowledge',
      'economic_projection',
      'international_cooperation',
    ]);
    expect(all.agenda[0]).toMatchObject({ key: 'new_urban_agenda', label: { ca: 'Nova Agenda Urbana' } });
    expect(Object.keys(all).sort()).toEqual(['agenda', 'indicator_unit', 'region', 'strategic_line']);
  });

  it.each(['official', 'participant'] as const)('a %s cannot add, rename or remove entries', async (role) => {
    const c = people[role].client;
    const line = await entry('strategic_line', 'economic_projection');
    await c.post('/api/taxonomy', { kind: 'agenda', label: { en: 'Sendai Framework' } }).expect(403);
    await c.patch(`/api/taxonomy/${line.id}`, { label: { en: 'Renamed' } }).expect(403);
    await c.delete(`/api/taxonomy/${line.id}`).expect(403);
    expect((await entry('strategic_line', 'economic_projection')).label.en).toBe(line.label.en);
  });

  it('an admin adds an agenda (key from its label), renames it, and proposals can then point at it', async () => {
    const admin = people.admin.client;
    const created = await admin
      .post('/api/taxonomy', { kind: 'agenda', label: { en: 'Sendai Framework', es: 'Marco de Sendái' } })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'agenda', key: 'sendai_framework', position: 4 });
    await admin.post('/api/taxonomy', { kind: 'agenda', key: 'sendai_framework', label: { en: 'Twice' } }).expect(409);
    const renamed = await admin.patch(`/api/taxonomy/${created.body.id}`, { label: { en: 'Sendai Framework 2015-2030' } }).expect(200);
    expect(renamed.body).toMatchObject({ key: 'sendai_framework', label: { en: 'Sendai Framework 2015-2030' } });
    const p = await draft(people.participant.client, { agendas: ['sendai_framework'] });
    expect(p.agendas).toEqual(['sendai_framework']);
  });

  it('refuses a proposal pointing at a line, region or agenda the territory does not have', async () => {
    const res = await people.participant.client
      .post('/api/proposals', {
        title: 'Une action hors liste',
        body: 'Texte.',
        strategicLine: 'space_exploration',
        regions: ['europe', 'atlantis'],
        agendas: ['new_urban_agenda'],
      })
      .expect(422);
    expect(res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['strategicLine', 'invalid_option'],
      ['regions.1', 'invalid_option'],
    ]);
  });

  it('refuses to remove an entry in use (409 with a translated message), removes it once unused', async () => {
    const admin = people.admin.client;
    const p = await draft(people.participant.client, { strategicLine: 'economic_projection', regions: ['asia'] });
    const line = await entry('strategic_line', 'economic_projection');
    // The message is in the reader's language.
    const res = await admin.delete(`/api/taxonomy/${line.id}`).set('Accept-Language', 'es').expect(409);
    expect(res.body.error.code).toBe('taxonomy.in_use');
    expect(res.body.error.message).toBe(
      '«Proyección económica» todavía lo usan 1 elemento(s) (propuestas, secciones del plan, socios o indicadores): no se puede eliminar. Cámbiele el nombre o asigne antes esos elementos a otra entrada.',
    );
    const region = await entry('region', 'asia');
    expect((await admin.delete(`/api/taxonomy/${region.id}`).expect(409)).body.error.code).toBe('taxonomy.in_use');

    await people.participant.client
      .patch(`/api/proposals/${p.id}`, { baseVersion: p.version, strategicLine: null, regions: [] })
      .expect(200);
    await admin.delete(`/api/taxonomy/${line.id}`).expect(204);
    expect(await entry('strategic_line', 'economic_projection')).toBeUndefined();
  });

  it('counts plan sections, partners and indicators as uses too', async () => {
    const admin = people.admin.client;
    await t.db.query(
      `INSERT INTO partner_territories (slug, name, country, region, priority, kind, latitude, longitude)
       VALUES ('tunis', 'Tunis', 'TN', 'mediterranean', 'priority', 'bilateral', 36.8, 10.18)`,
    );
    const med = await entry('region', 'mediterranean');
    expect((await admin.delete(`/api/taxonomy/${med.id}`).expect(409)).body.error.code).toBe('taxonomy.in_use');
    const unused = await admin.post('/api/taxonomy', { kind: 'indicator_unit', label: { en: 'hectares' } }).expect(201);
    await admin.delete(`/api/taxonomy/${unused.body.id}`).expect(204);
  });
});
