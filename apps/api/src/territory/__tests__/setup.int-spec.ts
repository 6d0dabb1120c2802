import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import { setupBody } from './setup-body';

describe('first-run setup and settings (issue 14)', () => {
  let t: TestApp;
  let people: Record<'admin' | 'official' | 'participant', Awaited<ReturnType<typeof signUpAs>>>;
  beforeAll(async () => {
    t = await startTestApp({}, { fresh: true });
    people = { admin: await signUpAs(t, 'admin'), official: await signUpAs(t, 'official'), participant: await signUpAs(t, 'participant') };
  });
  afterAll(() => t.close());

  it('before setup, visitors see a neutral instance (no error) and the territory card is a clear 404', async () => {
    const anonymous = await t.client('ca');
    expect((await anonymous.get('/api/instance').expect(200)).body).toEqual({ setupRequired: true, territory: null });
    const res = await anonymous.get('/api/territory').expect(404);
    expect(res.body.error.code).toBe('settings.not_set_up');
    expect(res.body.error.message).toMatch(/configurat/);
    expect((await anonymous.get('/api/taxonomy').expect(200)).body.strategic_line).toEqual([]);
  });

  it.each(['official', 'participant'] as const)('a %s cannot set the instance up, read or change settings', async (role) => {
    const c = people[role].client;
    await c.post('/api/setup', setupBody()).expect(403);
    await c.get('/api/settings').expect(403);
    await c.put('/api/settings', setupBody({ strategicLines: undefined })).expect(403);
    await c.post('/api/settings/municipalities/csv', { csv: 'Girona\n' }).expect(403);
    expect((await t.db.query('SELECT count(*)::int AS n FROM territories'))[0].n).toBe(0);
  });

  it('signed-out visitors are asked to sign in', async () => {
    const anonymous = await t.client();
    await anonymous.post('/api/setup', setupBody()).expect(401);
    await anonymous.get('/api/settings').expect(401);
  });

  it.each([
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone', 'invalid_option'],
    [{ timeZone: '+01:00' }, 'timeZone', 'invalid_option'],
    [{ primaryColor: '#f5d547' }, 'primaryColor', 'contrast_too_low'],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage', 'invalid_option'],
    [{ name: { es: 'Sólo en castellano' } }, 'name.ca', 'required'],
    [{ languages: ['ca', 'ca'] }, 'languages', 'duplicate_key'],
    [{ municipalities: ['Salt', 'salt'] }, 'municipalities.1', 'duplicate_key'],
  ])('refuses %j with a translated message on the field', async (patch, path, code) => {
    const res = await people.admin.client.post('/api/setup', setupBody(patch)).expect(422);
    expect(res.body.error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path, code, message: expect.any(String) })]));
  });

  it('the admin sets the territory up once: languages, time zone, colour, municipalities and three strategic lines', async () => {
    const res = await people.admin.client.post('/api/setup', setupBody()).expect(201);
    expect(res.body).toMatchObject({
      slug: 'area-metropolitana-de-girona',
      timeZone: 'Atlantic/Canary',
      languages: ['ca', 'es'],
      primaryColor: '#1d4f73',
    });
    const instance = (await (await t.client()).get('/api/instance').expect(200)).body;
    expect(instance).toMatchObject({
      setupRequired: false,
      territory: { name: { ca: 'Àrea Metropolitana de Girona' }, defaultLanguage: 'ca' },
    });
    const lines = (await (await t.client()).get('/api/taxonomy').expect(200)).body.strategic_line;
    expect(lines.map((l: { key: string }) => l.key)).toEqual(['xarxes_de_ciutats', 'fons_europeus', 'cooperacio_al_desenvolupament']);
    expect((await (await t.client()).get('/api/territory').expect(200)).body.municipalities).toEqual(['Girona', 'Salt', 'Sarrià de Ter']);

    const again = await people.admin.client.post('/api/setup', setupBody()).expect(409);
    expect(again.body.error.code).toBe('settings.already_set_up');
  });

  it('settings stay editable by the admin afterwards, and the time zone is what transcripts and PDFs use', async () => {
    const { strategicLines: _l, ...settings } = setupBody();
    const res = await people.admin.client
      .put('/api/settings', { ...settings, timeZone: 'America/Montreal', languages: ['ca', 'es', 'en'] })
      .expect(200);
    expect(res.body).toMatchObject({ timeZone: 'America/Montreal', languages: ['ca', 'es', 'en'] });
    const { TerritoryService } = await import('../territory.service');
    expect(await t.app.get(TerritoryService).timeZone()).toBe('America/Montreal');
  });

  it('imports municipalities from CSV with one clear message per line at fault', async () => {
    const csv = 'nom;comarca\nGirona;Gironès\n;Gironès\nSalt;Gironès\n"Fornells de la Selva;Gironès\n';
    const res = await people.admin.client.post('/api/settings/municipalities/csv', { csv }).expect(200);
    expect(res.body.municipalities).toEqual(['Girona', 'Salt']);
    expect(res.body.errors[0]).toEqual({ line: 3, message: expect.stringMatching(/3/) });
    expect(res.body.errors.length).toBeGreaterThanOrEqual(2);
    const dup = await people.admin.client.post('/api/settings/municipalities/csv', { csv: 'Girona\nSalt\ngirona\n' }).expect(200);
    expect(dup.body.errors).toEqual([{ line: 3, message: 'Línia 3: «girona» ja és a la línia 1.' }]);
  });

  it('accepts a raster logo or a sanitised SVG, refuses anything else', async () => {
    const admin = people.admin.client;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>
      <a href="javascript:alert(3)"><rect width="10" height="10" fill="#1d4f73"/></a><image href="http://evil.example/x.png"/>
      <circle cx="5" cy="5" r="3" fill="url(http://evil.example/#g)"/></svg>`;
    const saved = await admin.put('/api/settings/logo', { data: Buffer.from(svg).toString('base64') }).expect(200);
    expect(saved.body.logoUrl).toMatch(/^\/api\/instance\/logo\?v=\d+$/);
    const served = await (await t.client()).get(saved.body.logoUrl).expect(200);
    expect(served.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(served.headers['content-security-policy']).toContain('sandbox');
    const body = served.body.toString();
    expect(body).toContain('<rect');
    expect(body).toContain('viewBox');
    expect(body).not.toMatch(/script|onload|javascript|evil\.example|<image/);

    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect((await admin.put('/api/settings/logo', { data: png.toString('base64') }).expect(200)).body.logoUrl).toBeTruthy();
    const html = await admin
      .put('/api/settings/logo', { data: Buffer.from('<html><body>hi</body></html>').toString('base64') })
      .expect(422);
    expect(html.body.error.fields[0]).toMatchObject({ path: 'logo', code: 'invalid_file' });
    const big = await admin
      .put('/api/settings/logo', { data: Buffer.concat([png, Buffer.alloc(600 * 1024)]).toString('base64') })
      .expect(422);
    expect(big.body.error.fields[0]).toMatchObject({ path: 'logo', code: 'file_too_large' });
    await people.participant.client.put('/api/settings/logo', { data: png.toString('base64') }).expect(403);
  });
});
