import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { DEMO_PLAN_SLUG } from '../../demo/demo-plan';
import { seedDemoAccountability } from '../../demo/demo-accountability';
import { seedDemoEvaluations } from '../../demo/demo-evaluations';

jest.setTimeout(180_000);

describe('demo accountability', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
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
    expect(partners.partners.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['Greater Manchester', 'Tunis', 'Bogotá', 'Seoul', 'Dakar']),
    );
    // The reference case's six partner regions, from the demo's taxonomy, in its order.
    expect(Object.keys(partners.perRegion)).toEqual(['europe', 'mediterranean', 'latin_america', 'africa', 'asia', 'north_america']);
    expect(Object.values(partners.perRegion).every((n) => (n as number) > 0)).toBe(true);
    const counts = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM indicator_measurements) m, (SELECT count(*) FROM action_tracking) a, (SELECT count(*) FROM partner_territories) p, (SELECT count(*) FROM network_memberships) n, (SELECT count(*) FROM plan_externalities) e`,
        )
      )[0];
    const before = await counts();
    await t.db.transaction((m) => seedDemoAccountability(m));
    expect(await counts()).toEqual(before);
  });

  it('publishes an intermediate evaluation whose findings and recommendations point at demo actions and indicators, in four languages', async () => {
    const client = await t.client('ca');
    const view = (await client.get(`/api/accountability/plans/${DEMO_PLAN_SLUG}`).expect(200)).body;
    expect(view.evaluations).toHaveLength(1);
    const [e] = view.evaluations;
    expect(e).toMatchObject({ kind: 'intermediate', status: 'published', evaluatorKind: 'external' });
    for (const lang of ['fr', 'es', 'ca', 'en']) {
      expect(e.title[lang]).toBeTruthy();
      expect(e.summaryHtml[lang]).toContain('<strong>');
      for (const item of [...e.findings, ...e.recommendations]) expect(item.text[lang]).toBeTruthy();
    }
    // Every link resolves to an action or indicator the public sees on the same page.
    const actionIds = new Set(view.lines.flatMap((l: any) => l.actions.map((a: any) => a.id)));
    const indicatorIds = new Set(view.indicators.map((i: any) => i.id));
    const items = [...e.findings, ...e.recommendations];
    expect(items.flatMap((i: any) => i.actionIds).length).toBeGreaterThanOrEqual(5);
    expect(items.flatMap((i: any) => i.indicatorIds).length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      for (const id of item.actionIds) expect(actionIds.has(id)).toBe(true);
      for (const id of item.indicatorIds) expect(indicatorIds.has(id)).toBe(true);
    }
    expect(e.recommendations.map((r: any) => r.followUp.status)).toEqual(['in_progress', 'open', 'declined']);
    expect(e.publishedAt <= new Date().toISOString()).toBe(true);
    const list = (await client.get(`/api/accountability/plans/${DEMO_PLAN_SLUG}/evaluations`).expect(200)).body;
    expect(list.due).toEqual([
      expect.objectContaining({ kind: 'intermediate', published: true }),
      expect.objectContaining({ kind: 'final', published: false }),
    ]);
    const count = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM plan_evaluations) e, (SELECT count(*) FROM plan_evaluation_findings) f, (SELECT count(*) FROM plan_evaluation_recommendations) r`,
        )
      )[0];
    const before = await count();
    await t.db.transaction((m) => seedDemoEvaluations(m));
    expect(await count()).toEqual(before);
  });
});
