import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { DEMO_PLAN_SLUG } from '../../demo/demo-plan';
import { seedDemoSummaries } from '../../demo/demo-summaries';
import { LANGUAGES } from '@polyphony/contracts';

jest.setTimeout(180_000);

describe('demo annual summaries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  it('publishes last year’s summary and drafts this year’s, generated from the demo data, narrated in four languages; seeding twice changes nothing', async () => {
    const year = new Date().getUTCFullYear();
    const anonymous = await t.client('ca');
    const list = (await anonymous.get('/api/summaries').expect(200)).body;
    expect(list.published.map((s: any) => [s.plan.slug, s.year, s.version])).toEqual([[DEMO_PLAN_SLUG, year - 1, 1]]);
    expect(list.drafts).toEqual([]);
    await anonymous.get(`/api/summaries/${DEMO_PLAN_SLUG}/${year}`).expect(404);

    const published = (await anonymous.get(`/api/summaries/${DEMO_PLAN_SLUG}/${year - 1}`).expect(200)).body;
    for (const section of ['introduction', 'highlights', 'challenges', 'outlook'])
      expect(Object.keys(published.narrative[section]).sort()).toEqual([...LANGUAGES].sort());
    expect(published.figures.territory.name.ca).toMatch(/Àrea Metropolitana de Barcelona/);
    expect(published.figures.indicators.items.length).toBeGreaterThanOrEqual(5);

    const [official] = await t.db.query(`SELECT id FROM users WHERE email = 'official@demo.polyphony.test'`);
    expect(official).toBeDefined();
    const client = await t.client('es');
    await client.post('/api/auth/login', { email: 'official@demo.polyphony.test', password: 'polyphony-demo' }).expect(200);
    const draft = (await client.get(`/api/summaries/${DEMO_PLAN_SLUG}/${year}?version=draft`).expect(200)).body;
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    // This year's draft is filled from the demo consultation and compares with last year's published summary.
    expect(draft.figures.participation.participants).toBeGreaterThan(10);
    expect(draft.figures.participation.contributions).toBeGreaterThan(50);
    expect(draft.figures.participation.interviews).toBeGreaterThan(0);
    expect(draft.figures.participation.institutions).toBeGreaterThan(0);
    expect(draft.figures.actions.lines.length).toBeGreaterThan(2);
    expect(draft.figures.partnerships.partners).toBeGreaterThan(20);
    expect(draft.figures.previous).toMatchObject({ year: year - 1, source: 'published', version: 1 });

    // One story: last year's figures were taken the day they were published, before the actions began
    // (nothing progressed or spent, the budget planned); the plan and the consultation name the plan's period.
    expect(published.figures.generatedAt).toBe(published.publishedAt);
    expect(published.publishedAt.slice(0, 4)).toBe(String(year));
    expect(published.figures.actions.progress).toBe(0);
    expect(published.figures.budget).toMatchObject({ spent: 0 });
    expect(published.figures.budget.planned).toBeGreaterThan(0);
    expect(draft.figures.actions.progress).toBeGreaterThan(0);
    expect(draft.figures.budget.spent).toBeGreaterThan(0);
    const { periodStart, periodEnd } = published.figures.plan;
    expect([periodStart, periodEnd]).toEqual([year, year + 4]);
    expect(published.figures.plan.title.ca).toContain(`${periodStart}-${periodEnd}`);
    const [consultation] = await t.db.query(
      `SELECT c.title, (SELECT max(ends_on)::text FROM consultation_phases p WHERE p.consultation_id = c.id) AS ends
         FROM consultations c WHERE slug = 'pla-internacionalitzacio-metropolitana'`,
    );
    expect(Object.values(consultation.title).every((title) => String(title).endsWith(`${periodStart}-${periodEnd}`))).toBe(true);
    expect(consultation.ends).toBe(`${periodEnd}-12-31`);

    const count = async () => (await t.db.query(`SELECT count(*)::int AS n, max(updated_at) AS at FROM annual_summaries`))[0];
    const before = await count();
    await t.db.transaction((m) => seedDemoSummaries(m));
    expect(await count()).toEqual(before);
  });
});
