import { createDataSource, migrate } from '../../core/database/data-source';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../core/database/database-admin';

describe('migrations', () => {
  const server = process.env.TEST_PG_SERVER!;
  const name = `polyphony_migrations_${process.pid}`;
  afterAll(() => dropDatabase(server, name));

  it('migrate a fresh database all the way up, then all the way down', async () => {
    await dropDatabase(server, name);
    await ensureDatabase(server, name);
    const ds = createDataSource(databaseUrl(server, name));
    await ds.initialize();
    const tables = async () =>
      (
        await ds.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
        )
      ).map((r: { table_name: string }) => r.table_name);
    const applied = await migrate(ds);
    expect(applied.length).toBeGreaterThan(0);
    const all = await tables();
    expect(all).toEqual(
      expect.arrayContaining(['consultations', 'contributions', 'organisation_memberships', 'organisations', 'sessions', 'users']),
    );
    expect(await ds.showMigrations()).toBe(false);
    for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await ds.query('SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: 0 }]);
    await migrate(ds);
    expect(await tables()).toEqual(all);
    await ds.destroy();
  });
});
