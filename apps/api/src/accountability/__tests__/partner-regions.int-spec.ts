import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';

const partner = (region: string) => ({
  slug: 'saint-louis',
  name: 'Saint-Louis',
  country: 'SN',
  region,
  priority: 'priority',
  kind: 'cooperation_project',
  latitude: 16.03,
  longitude: -16.49,
});

/**
 * Partner territories are placed in the territory's own regions (issue 14), not in the reference
 * case's six: on an instance set up elsewhere, "europe" means nothing until its admins name it.
 */
describe('partner territories in the taxonomy’s regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { fresh: true });
  });
  afterAll(() => t.close());

  it('refuses a region outside the taxonomy, counts per region in its order, and keeps a region in use', async () => {
    const admin = await signUpAs(t, 'admin');
    const official = await signUpAs(t, 'official');
    const refused = await official.client.put('/api/accountability/partners', partner('europe')).set('Accept-Language', 'fr').expect(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'region', code: 'invalid_option', message: expect.any(String) }),
    ]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM partner_territories`))[0].n).toBe(0);

    await admin.client.post('/api/taxonomy', { kind: 'region', key: 'sahel', label: { fr: 'Sahel' } }).expect(201);
    const westAfrica = (
      await admin.client.post('/api/taxonomy', { kind: 'region', key: 'west_africa', label: { fr: 'Afrique de l’Ouest' } }).expect(201)
    ).body;
    await official.client.put('/api/accountability/partners', partner('west_africa')).expect(200);
    await official.client
      .put('/api/accountability/partners', { ...partner('sahel'), slug: 'niamey', name: 'Niamey', country: 'NE' })
      .expect(200);
    await official.client
      .put('/api/accountability/partners', { ...partner('west_africa'), slug: 'bamako', name: 'Bamako', country: 'ML' })
      .expect(200);

    const { perRegion } = (await (await t.client()).get('/api/accountability/partnerships').expect(200)).body;
    expect(Object.entries(perRegion)).toEqual([
      ['sahel', 1],
      ['west_africa', 2],
    ]);

    const inUse = await admin.client.delete(`/api/taxonomy/${westAfrica.id}`).set('Accept-Language', 'fr').expect(409);
    expect(inUse.body.error.code).toBe('taxonomy.in_use');
  });
});
