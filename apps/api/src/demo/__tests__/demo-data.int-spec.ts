import { STAKEHOLDER_CATEGORIES, ROLES } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../seed-demo-data';
import { ensureAdmin } from '../ensure-admin';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo-users';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organisations)::int AS orgs, (SELECT count(*) FROM organisation_memberships)::int AS memberships`,
      )
    )[0];

  it('loads a territory, ~20 organisations of every category, and one person per role and category; loading twice changes nothing', async () => {
    expect(await seedDemoData(t.db, () => undefined)).toBe(true);
    const first = await counts();
    expect(first.orgs).toBeGreaterThanOrEqual(20);
    expect(await seedDemoData(t.db, () => undefined)).toBe(false);
    expect(await counts()).toEqual(first);

    const categories = (await t.db.query('SELECT DISTINCT category FROM users')).map((r: { category: string }) => r.category);
    expect(categories.sort()).toEqual([...STAKEHOLDER_CATEGORIES].sort());
    const roles = (await t.db.query('SELECT DISTINCT role FROM users')).map((r: { role: string }) => r.role);
    expect(roles.sort()).toEqual([...ROLES].sort());
    const orgCategories = await t.db.query(
      'SELECT count(DISTINCT category)::int AS n, count(DISTINCT country)::int AS countries FROM organisations',
    );
    expect(orgCategories[0].n).toBe(6);
    expect(orgCategories[0].countries).toBeGreaterThanOrEqual(5);

    const territory = await (await t.client()).get('/api/territory').expect(200);
    expect(territory.body.name.ca).toBe('Àrea Metropolitana de Barcelona (demo)');
    expect(territory.body.municipalities).toHaveLength(36);
  });

  it('every documented demo account signs in with the documented password', async () => {
    for (const user of DEMO_USERS) {
      await (await t.client()).post('/api/auth/login', { email: user.email, password: DEMO_PASSWORD }).expect(200);
    }
  });

  it('creates the configured admin once on a database without admin', async () => {
    await t.db.query(`UPDATE users SET role = 'participant' WHERE role = 'admin'`);
    const env = { ...t.env, ADMIN_EMAIL: 'chief@example.org', ADMIN_PASSWORD: 'a-long-admin-password' };
    await ensureAdmin(t.db, env, () => undefined);
    await ensureAdmin(t.db, env, () => undefined);
    expect(await t.db.query(`SELECT email FROM users WHERE role = 'admin'`)).toEqual([{ email: 'chief@example.org' }]);
    await (await t.client()).post('/api/auth/login', { email: 'chief@example.org', password: 'a-long-admin-password' }).expect(200);
  });
});
