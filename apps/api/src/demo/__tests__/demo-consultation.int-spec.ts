import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../seed-demo-data';
import { seedDemoConsultation } from '../demo-consultation';
import { DEMO_CONSULTATION_SLUG } from '../demo-consultation-data';
import { DEMO_PASSWORD } from '../demo-users';

describe('demo consultation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  it('is the reference case: published, in its consultation phase, four languages, quotas, the demo facilitator; seeding again changes nothing', async () => {
    const anonymous = await t.client();
    const c = (await anonymous.get(`/api/consultations/${DEMO_CONSULTATION_SLUG}`).expect(200)).body;
    expect(c).toMatchObject({ status: 'published', currentPhase: 'consultation', languages: ['fr', 'es', 'ca', 'en'] });
    expect(Object.values(c.quotas).reduce((a: number, b) => a + (b as number), 0)).toBe(100);
    expect(c.facilitators.map((f: { displayName: string }) => f.displayName)).toEqual(['Irene Casals']);
    const count = async () =>
      (await t.db.query(`SELECT (SELECT count(*) FROM interviews)::int AS i, (SELECT count(*) FROM contributions)::int AS c`))[0];
    const before = await count();
    expect(await t.db.transaction((m) => seedDemoConsultation(m))).toMatchObject({ created: false });
    expect(await count()).toEqual(before);
  });

  it('has about 30 interviews and meetings with about 100 institutions, key points in several languages, and a living dashboard', async () => {
    const facilitator = await t.client();
    await facilitator.post('/api/auth/login', { email: 'facilitator@demo.polyphony.test', password: DEMO_PASSWORD }).expect(200);
    const progress = (await facilitator.get(`/api/consultations/${DEMO_CONSULTATION_SLUG}/interviews-progress`).expect(200)).body;
    expect(progress.total).toBeGreaterThanOrEqual(30);
    expect(progress.byStatus.held).toBeGreaterThanOrEqual(25);
    expect(progress.institutionsReached).toBeGreaterThanOrEqual(95);
    expect(progress.reachedByCategory).toHaveLength(6);
    const languages = (await t.db.query(`SELECT DISTINCT language FROM contributions WHERE source = 'interview_key_point'`))
      .map((r: { language: string }) => r.language)
      .sort();
    expect(languages).toEqual(['ca', 'en', 'es', 'fr']);
    const dashboard = (await facilitator.get(`/api/consultations/${DEMO_CONSULTATION_SLUG}/dashboard`).expect(200)).body;
    expect(dashboard.totals.participants).toBeGreaterThanOrEqual(95);
    expect(dashboard.weekly.length).toBeGreaterThanOrEqual(8);
    expect(dashboard.categories.some((c: { underRepresented: boolean }) => c.underRepresented)).toBe(true);
  });
});
