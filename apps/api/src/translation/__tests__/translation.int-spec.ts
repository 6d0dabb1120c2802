import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp } from '../../../test-support/fixtures';
import { TranslationService } from '../translation.service';

const SPANISH = 'La ciudad tiene que participar en las redes europeas.';

describe('translation API on real Apertium', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium', TRANSLATION_RATE_LIMIT: '3' });
  }, 120_000);
  afterAll(() => t?.close());

  it('translates, marks nothing for the same language, detects a missing language and caches each text once', async () => {
    const { client } = await signUp(t);
    const body = {
      to: 'ca',
      items: [
        { text: SPANISH, from: 'es' },
        { text: 'Bon dia a tothom', from: 'ca' },
        { text: 'The city must take part in the European networks.' },
        { text: SPANISH, from: 'es' },
        { text: '**Més** arbres\n\n- i ombra', from: 'ca', format: 'markdown' },
      ],
    };
    const first = await client.post('/api/translations').send(body).expect(200);
    expect(first.body).toMatchObject({ engine: 'apertium', available: true });
    const [es, same, en, again, md] = first.body.items;
    expect(es).toEqual({ from: 'es', translation: expect.stringMatching(/^La ciutat ha de participar/) });
    expect(same).toEqual({ from: 'ca', translation: null });
    expect(en).toMatchObject({ from: 'en', translation: expect.stringMatching(/ciutat/) });
    expect(again).toEqual(es);
    expect(md).toEqual({ from: 'ca', translation: null });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM machine_translations WHERE target_language = 'ca'`);
    expect(n).toBe(2);
    // Served from the cache: same answer, no new row, no rate-limit hit.
    const second = await client.post('/api/translations').send(body).expect(200);
    expect(second.body.items).toEqual(first.body.items);
    const [{ hits }] = await t.db.query(`SELECT count(*)::int AS hits FROM rate_limit_hits WHERE bucket LIKE 'translate:%'`);
    expect(hits).toBe(1);
  });

  it('renders translated Markdown like the original', async () => {
    const { client } = await signUp(t, { preferredLanguage: 'es' });
    const res = await client
      .post('/api/translations')
      .send({ to: 'es', items: [{ text: '**Més** arbres\n\n- i ombra <script>x</script>', from: 'ca', format: 'markdown' }] })
      .expect(200);
    expect(res.body.items[0].translation).toMatch(/\*\*Más\*\* árboles/);
    expect(res.body.items[0].html).toContain('<strong>Más</strong>');
    expect(res.body.items[0].html).not.toContain('<script>');
  });

  it('shares one engine call between concurrent requests for the same text', async () => {
    const service = t.app.get(TranslationService);
    const spy = jest.spyOn(service.translator, 'translate');
    const text = 'Les biblioteques obren els diumenges.';
    await Promise.all([service.translate([{ text, from: 'ca' }], 'fr'), service.translate([{ text, from: 'ca' }], 'fr')]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('refuses oversized requests and limits uncached requests atomically', async () => {
    const { client } = await signUp(t, { preferredLanguage: 'en' });
    const many = Array.from({ length: 61 }, () => ({ text: 'Hola', from: 'es' }));
    await client.post('/api/translations').send({ to: 'en', items: many }).expect(422);
    await client
      .post('/api/translations')
      .send({ to: 'en', items: [{ text: 'x'.repeat(6001), from: 'es' }] })
      .expect(422);
    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'translate:%'`);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => client.post('/api/translations').send({ to: 'en', items: [{ text: `Texto número ${i}.`, from: 'es' }] })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429)).toHaveLength(2);
    expect(results.find((r) => r.status === 429)!.body.error.code).toBe('rate_limited');
  });

  it('counts a signed-in reader’s engine work in characters (2,000 to a unit), not in requests', async () => {
    const { client } = await signUp(t, { preferredLanguage: 'fr' });
    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'translate:%'`);
    const long = 'El barrio pide más árboles. '.repeat(150).trim(); // ~4,200 characters: 3 units, over the limit of 3 with the next
    await client.post('/api/translations', { to: 'fr', items: [{ text: long, from: 'es' }] }).expect(200);
    const denied = await client.post('/api/translations', { to: 'fr', items: [{ text: 'Otra frase nueva.', from: 'es' }] }).expect(429);
    expect(denied.body.error.code).toBe('rate_limited');
    // Cached texts stay free once the budget is spent.
    const cached = await client.post('/api/translations', { to: 'fr', items: [{ text: long, from: 'es' }] }).expect(200);
    expect(cached.body.items[0].translation).toMatch(/quartier/);
  });

  it('gives anonymous readers the engine within a small budget per address and a shared one, then cached translations only', async () => {
    const anonymous = await t.client('fr');
    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'translate:%'`);
    const spy = jest.spyOn(t.app.get(TranslationService).translator, 'translate');
    const stored = async (text: string) =>
      (
        await t.db.query(`SELECT count(*)::int AS n FROM machine_translations WHERE source_hash = sha256(convert_to($1, 'UTF8'))`, [text])
      )[0].n as number;
    // A quarter of TRANSLATION_RATE_LIMIT=3 per address: one unit.
    const first = await anonymous.post('/api/translations', {
      to: 'fr',
      items: [{ text: 'Una primera frase de un visitante.', from: 'es' }],
    });
    expect(first.status).toBe(200);
    expect(first.body.items[0].translation).toMatch(/visiteur|visitant/);
    spy.mockClear();
    const stranger = 'Un texto que nadie escribió en la plataforma, enviado por un desconocido.';
    const denied = await anonymous.post('/api/translations', { to: 'fr', items: [{ text: stranger, from: 'es' }] }).expect(200);
    expect(denied.body).toMatchObject({ available: true, items: [{ from: 'es', translation: null }] });
    expect(spy).not.toHaveBeenCalled();
    expect(await stored(stranger)).toBe(0);

    // A fresh address, but all anonymous readers together have spent their shared budget: cache only as well.
    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'translate:ip:%'`);
    await t.db.query(`INSERT INTO rate_limit_hits (bucket) SELECT 'translate:anonymous' FROM generate_series(1, 1200)`);
    await anonymous.post('/api/translations', { to: 'fr', items: [{ text: stranger, from: 'es' }] }).expect(200);
    expect(spy).not.toHaveBeenCalled();
    expect(await stored(stranger)).toBe(0);

    // What is cached is served to anyone, whatever the budgets.
    const known = await anonymous.post('/api/translations', { to: 'ca', items: [{ text: SPANISH, from: 'es' }] }).expect(200);
    expect(known.body.items[0].translation).toMatch(/^La ciutat ha de participar/);
    spy.mockRestore();
  });

  it('translates what was written since the last pass in the background job', async () => {
    const service = t.app.get(TranslationService);
    await service.sweep(); // first pass: what was there before (nothing here) is translated
    await t.db.query(
      `INSERT INTO organisations (slug, name, category, country, description, description_language)
       VALUES ('ateneu', 'Ateneu', 'civil_society', 'ES', 'Una associació de veïns del barri.', 'ca')`,
    );
    const { translated } = await service.sweep();
    expect(translated).toBe(3);
    const rows = await t.db.query(
      `SELECT target_language FROM machine_translations WHERE source_hash = sha256(convert_to($1, 'UTF8')) AND source_language = 'ca' ORDER BY 1`,
      ['Una associació de veïns del barri.'],
    );
    expect(rows.map((r: { target_language: string }) => r.target_language)).toEqual(['en', 'es', 'fr']);
    expect((await service.sweep()).translated).toBe(0);
  });

  it('reports the engine in /api/health (not warm: the tests start no warm-up)', async () => {
    const res = await (await t.client()).get('/api/health').expect(200);
    expect(res.body.translation).toMatchObject({ engine: 'apertium', available: true, directions: 12, warm: false });
  });
});

describe('translation API with the engine off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
  }, 120_000);
  afterAll(() => t?.close());

  it('answers with originals only, and health says how to install Apertium', async () => {
    const { client } = await signUp(t);
    const res = await client
      .post('/api/translations')
      .send({ to: 'ca', items: [{ text: SPANISH, from: 'es' }] })
      .expect(200);
    expect(res.body).toEqual({ engine: 'none', available: false, items: [{ from: 'es', translation: null }] });
    const health = await client.get('/api/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.translation).toMatchObject({
      engine: 'none',
      available: false,
      install: expect.stringContaining('apt-get install apertium'),
    });
  });
});
