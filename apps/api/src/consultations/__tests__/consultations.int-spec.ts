import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { readAllPages } from '../../../test-support/pages';

const today = new Date();
const day = (offset: number) => new Date(today.getTime() + offset * 86400000).toISOString().slice(0, 10);

export const consultationBody = (overrides: Record<string, unknown> = {}) => ({
  title: { fr: 'Plan d’internationalisation métropolitain', es: 'Plan de internacionalización metropolitano' },
  summary: {
    fr: 'Donnez votre avis sur les transports et les fonds européens.',
    es: 'Opina sobre el transporte público y los fondos europeos.',
  },
  body: { fr: 'Nous **consultons** <script>alert(1)</script> [la métropole](https://example.org).' },
  languages: ['fr', 'es'],
  phases: [
    { kind: 'diagnostic', startsOn: day(-30), endsOn: day(-1) },
    { kind: 'consultation', startsOn: day(0), endsOn: day(30) },
  ],
  quotas: { academia: 15, diaspora: 10, resident: 40 },
  planReference: 'Pla d’internacionalització 2021-2025',
  ...overrides,
});

describe('consultations', () => {
  let t: TestApp;
  let official: Awaited<ReturnType<typeof signUpAs>>;
  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
  });
  afterAll(() => t.close());

  it('an official opens a draft with phases and quotas; the current phase is computed; Markdown is sanitised', async () => {
    const res = await official.client.post('/api/consultations', consultationBody()).expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      currentPhase: 'consultation',
      quotas: { academia: 15 },
      can: { edit: true, facilitate: true },
    });
    expect(res.body.bodyHtml.fr).toContain('<strong>consultons</strong>');
    expect(res.body.bodyHtml.fr).not.toContain('<script');
    expect(res.body.bodyHtml.fr).toContain('rel="noopener noreferrer nofollow"');
  });

  it('refuses missing translations, bad dates and quotas over 100%', async () => {
    const res = await official.client
      .post(
        '/api/consultations',
        consultationBody({
          title: { fr: 'Seulement en français' },
          phases: [{ kind: 'diagnostic', startsOn: day(5), endsOn: day(1) }],
          quotas: { academia: 60, resident: 50 },
        }),
      )
      .expect(422);
    const fields = res.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`);
    expect(fields).toEqual(
      expect.arrayContaining(['title.es:translation_missing', 'phases.0.endsOn:invalid_dates', 'quotas:quotas_over_100']),
    );
  });

  it.each([
    ['participant', 403],
    ['official', 201],
    ['admin', 201],
  ] as const)('%s creating a consultation gets %i', async (role, status) => {
    const person = role === 'official' ? official : await signUpAs(t, role);
    await person.client.post('/api/consultations', consultationBody()).expect(status);
  });

  it('drafts are hidden from the public and from participants, shown to facilitators', async () => {
    const draft = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    const participant = await signUp(t);
    const anonymous = await t.client();
    await anonymous.get(`/api/consultations/${draft.id}`).expect(404);
    await participant.client.get(`/api/consultations/${draft.slug}`).expect(404);
    await participant.client.put(`/api/consultations/${draft.id}/facilitators`, { userIds: [participant.id] }).expect(403);
    const withFacilitator = await official.client
      .put(`/api/consultations/${draft.id}/facilitators`, { userIds: [participant.id] })
      .expect(200);
    expect(withFacilitator.body.facilitators).toEqual([{ id: participant.id, displayName: 'Laia Ferrer' }]);
    const seen = await participant.client.get(`/api/consultations/${draft.id}`).expect(200);
    expect(seen.body.can).toEqual({ edit: false, facilitate: true });
    await participant.client.patch(`/api/consultations/${draft.id}`, { planReference: 'x' }).expect(403);
  });

  it('moves through draft -> published -> closed -> archived and refuses other moves', async () => {
    const c = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    await official.client.post(`/api/consultations/${c.id}/status`, { status: 'closed' }).expect(409);
    const published = await official.client.post(`/api/consultations/${c.id}/status`, { status: 'published' }).expect(200);
    expect(published.body.publishedAt).not.toBeNull();
    await (await t.client()).get(`/api/consultations/${c.slug}`).expect(200);
    await official.client.post(`/api/consultations/${c.id}/status`, { status: 'closed' }).expect(200);
    await official.client.post(`/api/consultations/${c.id}/status`, { status: 'archived' }).expect(200);
    const res = await official.client.post(`/api/consultations/${c.id}/status`, { status: 'published' }).expect(409);
    expect(res.body.error.code).toBe('consultations.invalid_transition');
  });

  it('searches in each content language with its own stemming, filters by phase and status, pages by keyset', async () => {
    const a = (
      await official.client
        .post(
          '/api/consultations',
          consultationBody({ title: { fr: 'Mobilité et transports publics', es: 'Movilidad y transportes públicos' } }),
        )
        .expect(201)
    ).body;
    const b = (
      await official.client
        .post(
          '/api/consultations',
          consultationBody({
            title: { fr: 'Fonds européens', es: 'Fondos europeos' },
            summary: { fr: 'Next Generation EU.', es: 'Next Generation EU.' },
            phases: [],
          }),
        )
        .expect(201)
    ).body;
    for (const c of [a, b]) await official.client.post(`/api/consultations/${c.id}/status`, { status: 'published' }).expect(200);
    const anonymous = await t.client();
    const search = async (q: string) =>
      (await anonymous.get(`/api/consultations?q=${encodeURIComponent(q)}&status=published`).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await search('transport')).toContain(a.id); // French stem of "transports"
    expect(await search('movilidades')).not.toContain(b.id);
    expect(await search('fondo europeo')).toEqual(expect.arrayContaining([a.id, b.id])); // Spanish stems: a's summary mentions 'fondos europeos'
    expect(await search('generation')).toEqual([b.id]);
    const inPhase = (await anonymous.get('/api/consultations?phase=consultation&status=published').expect(200)).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(inPhase).toContain(a.id);
    expect(inPhase).not.toContain(b.id);
    const page1 = await anonymous.get('/api/consultations?limit=1').expect(200);
    const page2 = await anonymous.get(`/api/consultations?limit=1&cursor=${page1.body.nextCursor}`).expect(200);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
  });

  it('pages a filtered list newest first: every page full but the last, which answers no cursor', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const title = { fr: `Quokkarium ${i}`, es: `Quokkarium ${i}` };
      made.push((await official.client.post('/api/consultations', consultationBody({ title })).expect(201)).body.id);
    }
    const all = await readAllPages(official.client, '/api/consultations?q=quokkarium&limit=2');
    expect(all.pages.map((p) => p.length)).toEqual([2, 1]);
    expect(all.cursors.map(Boolean)).toEqual([true, false]);
    expect(all.ids).toEqual([...made].reverse());
    await official.client.post(`/api/consultations/${made[1]}/status`, { status: 'published' }).expect(200);
    // As many as the limit: one page, no cursor to an empty one.
    const published = await readAllPages(official.client, '/api/consultations?q=quokkarium&status=published&limit=1');
    expect(published.pages).toEqual([[made[1]]]);
    expect(published.cursors).toEqual([null]);
  });
});
