import { createDataSource, migrate } from '../../core/database/data-source';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../core/database/database-admin';

/**
 * The TrackingTitlesPerLanguage migration on a database holding sub-action and milestone titles written
 * before it: each title becomes the territory's default language's text (the other fields of the item
 * and its order kept), and down turns them back into strings.
 */
describe('migration: tracking titles per language', () => {
  const server = process.env.TEST_PG_SERVER!;
  const name = `polyphony_tracking_titles_${process.pid}`;
  const MIGRATION = /^TrackingTitlesPerLanguage\d+$/;
  afterAll(() => dropDatabase(server, name));

  const undoThrough = async (ds: ReturnType<typeof createDataSource>) => {
    for (;;) {
      const [last] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await ds.undoLastMigration({ transaction: 'each' });
      if (MIGRATION.test(last.name)) break;
    }
  };

  it('converts existing titles into the territory default language, and back', async () => {
    await dropDatabase(server, name);
    await ensureDatabase(server, name);
    const ds = createDataSource(databaseUrl(server, name));
    await ds.initialize();
    try {
      await migrate(ds);
      await undoThrough(ds);
      // A Spanish territory: its default language receives the titles.
      await ds.query(`INSERT INTO territories (slug, name, country, default_language) VALUES ('t', '{"es":"T"}', 'ES', 'es')`);
      const [plan] = await ds.query(
        `INSERT INTO plans (slug, title, period_start, period_end) VALUES ('p', '{"es":"Plan"}', 2026, 2030) RETURNING id`,
      );
      const insertAction = async () =>
        (
          await ds.query(
            `INSERT INTO plan_sections (plan_id, kind, content) VALUES ($1, 'action', '{"title":{"es":"Acción"}}') RETURNING id`,
            [plan.id],
          )
        )[0].id as string;
      const [withLists, empty] = [await insertAction(), await insertAction()];
      await ds.query(`INSERT INTO action_tracking (action_id, plan_id, sub_actions, milestones) VALUES ($1, $2, $3, $4)`, [
        withLists,
        plan.id,
        JSON.stringify([
          { title: 'Candidatura', weight: 1, progress: 100 },
          { title: 'Presidencia', weight: 3, progress: 0 },
        ]),
        JSON.stringify([{ title: 'Lanzamiento', dueOn: '2026-03-31', doneOn: '2026-04-15' }]),
      ]);
      await ds.query(`INSERT INTO action_tracking (action_id, plan_id) VALUES ($1, $2)`, [empty, plan.id]);
      const read = async (id: string) =>
        (await ds.query(`SELECT sub_actions, milestones FROM action_tracking WHERE action_id = $1`, [id]))[0] as {
          sub_actions: { title: unknown }[];
          milestones: { title: unknown }[];
        };

      await migrate(ds);
      const up = await read(withLists);
      expect(up.sub_actions).toEqual([
        { title: { es: 'Candidatura' }, weight: 1, progress: 100 },
        { title: { es: 'Presidencia' }, weight: 3, progress: 0 },
      ]);
      expect(up.milestones).toEqual([{ title: { es: 'Lanzamiento' }, dueOn: '2026-03-31', doneOn: '2026-04-15' }]);
      // Empty lists stay empty lists (not null).
      expect(await read(empty)).toEqual({ sub_actions: [], milestones: [] });

      // Down: strings again (the default language's text, else the first written).
      await ds.query(
        `UPDATE action_tracking SET milestones = '[{"title":{"ca":"Llançament","en":"Launch"},"dueOn":"2026-03-31","doneOn":null}]' WHERE action_id = $1`,
        [withLists],
      );
      await undoThrough(ds);
      const down = await read(withLists);
      expect(down.sub_actions.map((s) => s.title)).toEqual(['Candidatura', 'Presidencia']);
      expect(down.milestones).toEqual([{ title: 'Llançament', dueOn: '2026-03-31', doneOn: null }]);
      expect(await read(empty)).toEqual({ sub_actions: [], milestones: [] });
    } finally {
      await ds.destroy();
    }
  });
});
