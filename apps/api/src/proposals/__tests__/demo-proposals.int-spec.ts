import { PROPOSAL_STATUSES } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { seedDemoProposals } from '../../demo/demo-proposals';

describe('demo proposals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  it('about forty proposals on the demo consultation, every status, several languages, co-authored by associations and diasporas; loading twice changes nothing', async () => {
    await seedDemoData(t.db, () => undefined);
    const [stats] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT status)::int AS statuses, count(DISTINCT language)::int AS languages,
              count(*) FILTER (WHERE consultation_id IS NOT NULL)::int AS attached, sum(support_count)::int AS supports, sum(comment_count)::int AS comments
       FROM proposals`,
    );
    expect(stats.n).toBeGreaterThanOrEqual(38);
    expect(stats.statuses).toBe(PROPOSAL_STATUSES.length);
    expect(stats.languages).toBeGreaterThanOrEqual(4);
    expect(stats.attached).toBe(stats.n);
    expect(stats.supports).toBeGreaterThan(40);
    expect(stats.comments).toBeGreaterThan(20);
    const [co] = await t.db.query(
      `SELECT count(DISTINCT c.proposal_id)::int AS n FROM proposal_coauthors c JOIN organisations o ON o.id = c.organisation_id
       WHERE c.status = 'accepted' AND o.category = 'diaspora'
         AND EXISTS (SELECT 1 FROM proposal_coauthors a JOIN organisations ao ON ao.id = a.organisation_id WHERE a.proposal_id = c.proposal_id AND ao.category = 'civil_society')`,
    );
    expect(co.n).toBeGreaterThanOrEqual(5);
    const [{ id }] = await t.db.query(`SELECT consultation_id AS id FROM proposals LIMIT 1`);
    expect(await t.db.transaction((m) => seedDemoProposals(m, id))).toBe(0);
    // The public list answers in the demo's own terms.
    const list = await (await t.client()).get('/api/proposals?sort=supports&limit=5').expect(200);
    expect(list.body.items).toHaveLength(5);
    const [{ n: contributions }] = await t.db.query(`SELECT count(*)::int AS n FROM contributions WHERE source = 'proposal'`);
    expect(contributions).toBe(stats.n - 2);
  });
});
