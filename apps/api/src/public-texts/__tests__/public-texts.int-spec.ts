import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';

describe('public texts and consent (issue 14)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signUpAs>>;
  let participant: Awaited<ReturnType<typeof signUpAs>>;
  beforeAll(async () => {
    t = await startTestApp({}, { fresh: true });
    admin = await signUpAs(t, 'admin');
    participant = await signUpAs(t, 'participant');
  });
  afterAll(() => t.close());

  it('before anything is written, the built-in texts apply and nobody is asked to consent again', async () => {
    expect((await (await t.client()).get('/api/public-texts').expect(200)).body).toEqual({});
    expect((await participant.client.get('/api/consent').expect(200)).body).toEqual({
      version: '2026-11',
      required: false,
      completeProfile: false,
    });
  });

  it.each(['official', 'participant'] as const)('a %s cannot write a public text', async (role) => {
    const someone = role === 'participant' ? participant : await signUpAs(t, role);
    await someone.client.put('/api/public-texts/about', { body: { en: 'Ours now' } }).expect(403);
    expect((await (await t.client()).get('/api/public-texts').expect(200)).body.about).toBeUndefined();
  });

  it('an admin writes the home headline and the about page per language; every save is a version; Markdown is sanitised', async () => {
    await admin.client.put('/api/public-texts/home_headline', { body: { ca: 'Girona al món', es: 'Girona en el mundo' } }).expect(200);
    const about = await admin.client
      .put('/api/public-texts/about', { body: { ca: 'Som **la xarxa**.<script>alert(1)</script>' } })
      .expect(200);
    expect(about.body).toMatchObject({ kind: 'about', version: 1 });
    expect(about.body.html.ca).toContain('<strong>la xarxa</strong>');
    expect(about.body.html.ca).not.toContain('<script');
    const second = await admin.client.put('/api/public-texts/about', { body: { ca: 'Som la xarxa de Girona.' } }).expect(200);
    expect(second.body.version).toBe(2);
    const texts = (await (await t.client()).get('/api/public-texts').expect(200)).body;
    expect(texts.home_headline.body).toEqual({ ca: 'Girona al món', es: 'Girona en el mundo' });
    expect(texts.about.body).toEqual({ ca: 'Som la xarxa de Girona.' });
    await admin.client.put('/api/public-texts/menu', { body: { ca: 'x' } }).expect(404);
    const long = await admin.client.put('/api/public-texts/home_headline', { body: { ca: 'x'.repeat(161) } }).expect(422);
    expect(long.body.error.fields[0]).toMatchObject({ path: 'body.ca', code: 'too_long' });
  });

  it('a new privacy notice asks signed-in people to consent again; newcomers who register after it are not asked', async () => {
    await admin.client.put('/api/public-texts/privacy', { body: { ca: 'Les vostres dades, v1.' } }).expect(200);
    const status = (await participant.client.get('/api/consent').expect(200)).body;
    expect(status).toEqual({ version: 'p1-t0', required: true, completeProfile: false });

    await participant.client.post('/api/consent', { version: 'p0-t0', accept: true }).expect(409);
    expect((await participant.client.post('/api/consent', { version: 'p1-t0', accept: true }).expect(201)).body.required).toBe(false);
    expect((await participant.client.get('/api/consent').expect(200)).body.required).toBe(false);

    const newcomer = await signUp(t);
    expect((await newcomer.client.get('/api/consent').expect(200)).body.required).toBe(false);

    await admin.client.put('/api/public-texts/terms', { body: { ca: 'Condicions, v1.' } }).expect(200);
    expect((await participant.client.get('/api/consent').expect(200)).body).toEqual({
      version: 'p1-t1',
      required: true,
      completeProfile: false,
    });
    expect((await newcomer.client.get('/api/consent').expect(200)).body.required).toBe(true);
    await (await t.client()).get('/api/consent').expect(401);
  });
});
