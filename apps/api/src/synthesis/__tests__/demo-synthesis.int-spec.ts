import type { OpinionMap, Workspace } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { seedDemoSynthesis } from '../../demo/demo-synthesis';
import { DEMO_CONSULTATION_SLUG } from '../../demo/demo-consultation-data';
import { DEMO_PASSWORD } from '../../demo/demo-users';

describe('demo synthesis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM synthesis_runs)::int AS runs, (SELECT count(*) FROM synthesis_themes)::int AS themes, (SELECT count(*) FROM synthesis_statements)::int AS statements, (SELECT count(*) FROM synthesis_votes)::int AS votes`,
      )
    )[0];

  it('gives the demo consultation a finished run with themes and statements with a few hundred votes; twice changes nothing', async () => {
    await seedDemoData(t.db, () => undefined);
    const first = await counts();
    expect(first.runs).toBe(1);
    expect(first.themes).toBeGreaterThanOrEqual(4);
    expect(first.statements).toBe(12);
    expect(first.votes).toBeGreaterThanOrEqual(300);
    const [c] = await t.db.query(`SELECT id FROM consultations WHERE slug = $1`, [DEMO_CONSULTATION_SLUG]);
    await t.db.transaction((m) => seedDemoSynthesis(m, c.id));
    expect(await counts()).toEqual(first);

    const official = await t.client();
    await official.post('/api/auth/login', { email: 'official@demo.polyphony.test', password: DEMO_PASSWORD }).expect(200);
    const ws: Workspace = (await official.get(`/api/consultations/${DEMO_CONSULTATION_SLUG}/synthesis/workspace`).expect(200)).body
      .workspace;
    expect(ws.run).toMatchObject({ status: 'succeeded', trigger: 'demo' });
    expect(ws.themes.filter((x) => x.origin === 'engine').every((x) => x.quotes.length > 0)).toBe(true);
    const map: OpinionMap = (await (await t.client()).get(`/api/consultations/${DEMO_CONSULTATION_SLUG}/opinion-map`).expect(200)).body;
    expect(map.ready).toBe(true);
    expect(map.groups.length).toBeGreaterThanOrEqual(2);
    expect(map.consensus.length).toBeGreaterThanOrEqual(1);
  });
});
