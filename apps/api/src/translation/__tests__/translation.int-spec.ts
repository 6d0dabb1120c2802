import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { TranslationService } from '../translation.service';

const SPANISH = 'La ciudad tiene que participar en las redes europeas.';

describe('translation API on real Apertium', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium', TRANSLATION_RATE_LIMIT: '3' });
  }, 120_000);
  afterAll(() => t?.close());

  it('translates, marks nothing for the same language, detects a missing language and caches each text once', async () => {
    const client = await t.client('ca');
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
    const client = await t.client('es');
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
    const client = await t.client('en');
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

  it('translates what was written since the last pass in the background job', async () => {
    const service = t.app.get(TranslationService);
    await service.sweep(); // first pass: starts the watermarks now
    await t.db.query(
      `INSERT INTO organisations (slug, name, category, country, description, description_language)
       VALUES ('ateneu', 'Ateneu', 'civil_society', 'ES', 'Una associació de veïns del barri.', 'ca')`,
    );
    const { translated } = await service.sweep();
    expect(translated).toBe(3);
    const rows = await t.db.query(
      `SELECT target_language, translation FROM machine_translations WHERE source_language = 'ca' AND translation LIKE '%barri%' OR translation ILIKE '%neighbo%' OR translation LIKE '%barrio%' OR translation LIKE '%quartier%' ORDER BY 1`,
    );
    expect(rows.map((r: { target_language: string }) => r.target_language)).toEqual(['en', 'es', 'fr']);
    expect((await service.sweep()).translated).toBe(0);
  });

  it('reports the engine in /api/health', async () => {
    const res = await (await t.client()).get('/api/health').expect(200);
    expect(res.body.translation).toMatchObject({ engine: 'apertium', available: true, directions: 12 });
  });
});

describe('translation API with the engine off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
  }, 120_000);
  afterAll(() => t?.close());

  it('answers with originals only, and health says how to install Apertium', async () => {
    const client = await t.client('ca');
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
