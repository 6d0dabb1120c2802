import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { seedDemoPlan, DEMO_PLAN_SLUG } from '../../demo/demo-plan';

jest.setTimeout(180_000);

describe('demo plan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  it('is the reference case: 1 general objective, 3 specific objectives, 5 lines with actions, priorities; versions; provenance; a review version with annotations; seeding twice changes nothing', async () => {
    const client = await t.client('fr');
    const plan = (await client.get(`/api/plans/${DEMO_PLAN_SLUG}`).expect(200)).body;
    expect(plan).toMatchObject({ showing: 3, status: 'public_review', can: { annotate: false } });
    const count = (kind: string) => plan.sections.filter((s: any) => s.kind === kind).length;
    expect([count('general_objective'), count('specific_objective'), count('strategic_line')]).toEqual([1, 3, 5]);
    expect(count('action')).toBeGreaterThanOrEqual(8);
    const priorities = plan.sections.find((s: any) => s.content.geographicPriorities.length > 20);
    expect(priorities.content.geographicPriorities.map((g: any) => g.territory)).toEqual(
      expect.arrayContaining(['Greater Manchester', 'Tunis', 'Bogotá', 'Séoul', 'Dakar']),
    );
    const [fromTheme] = await t.db.query(
      `SELECT count(*)::int AS n FROM plan_suggestions WHERE source_kind = 'theme' AND status = 'accepted'`,
    );
    expect(fromTheme.n).toBe(1);
    const withSources = plan.sections.filter((s: any) => s.sources.total > 0);
    expect(withSources.length).toBeGreaterThanOrEqual(2);
    const annotations = (await client.get(`/api/plans/${DEMO_PLAN_SLUG}/versions/3/annotations`).expect(200)).body.items;
    expect(annotations.length).toBe(3);
    expect(annotations.some((a: any) => a.status === 'accepted' && a.answerHtml)).toBe(true);
    const counts = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM plan_sections) AS s, (SELECT count(*) FROM plan_versions) AS v, (SELECT count(*) FROM plan_provenance) AS p, (SELECT count(*) FROM plan_suggestions) AS g`,
        )
      )[0];
    const before = await counts();
    await t.db.transaction((m) => seedDemoPlan(m, plan.consultationId));
    expect(await counts()).toEqual(before);
  });
});
