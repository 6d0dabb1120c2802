import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { DEMO_PLAN_SLUG } from '../../demo/demo-plan';
import { seedDemoAccountability } from '../../demo/demo-accountability';

jest.setTimeout(180_000);

describe('demo accountability', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  });
  afterAll(() => t.close());

  it('tracks the demo plan with two years of measurements and mixed statuses, lists the reference partners; seeding twice changes nothing', async () => {
    const client = await t.client('es');
    const view = (await client.get(`/api/accountability/plans/${DEMO_PLAN_SLUG}`).expect(200)).body;
    const quantitative = view.indicators.filter((i: any) => i.kind === 'quantitative');
    expect(quantitative.length).toBeGreaterThanOrEqual(5);
    for (const i of quantitative) expect(i.measurements).toHaveLength(8);
    expect(view.statusCounts.on_track).toBeGreaterThan(0);
    expect(view.statusCounts.at_risk + view.statusCounts.off_track).toBeGreaterThan(0);
    expect(view.progress).toBeGreaterThan(0);
    expect(view.externalities).toHaveLength(1);
    const partners = (await client.get('/api/accountability/partnerships').expect(200)).body;
    expect(partners.partners.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Greater Manchester', 'Tunis', 'Bogotá', 'Seoul', 'Dakar']));
    expect(Object.values(partners.perRegion).every((n) => (n as number) > 0)).toBe(true);
    const counts = async () => (await t.db.query(`SELECT (SELECT count(*) FROM indicator_measurements) m, (SELECT count(*) FROM action_tracking) a, (SELECT count(*) FROM partner_territories) p, (SELECT count(*) FROM network_memberships) n, (SELECT count(*) FROM plan_externalities) e`))[0];
    const before = await counts();
    await t.db.transaction((m) => seedDemoAccountability(m));
    expect(await counts()).toEqual(before);
  });
});
