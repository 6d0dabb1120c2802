import { createDataSource, migrate } from '../../core/database/data-source';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../core/database/database-admin';

/**
 * The OfficialNamesPerLanguage migration on a database holding names written before it: version names,
 * responsible departments, lead departments and budget lines (in sections, version snapshots, suggestions
 * and tracking) become the territory's default language's text, and down turns them back into strings.
 */
describe('migration: official names per language', () => {
  const server = process.env.TEST_PG_SERVER!;
  const name = `polyphony_names_${process.pid}`;
  const MIGRATION = /^OfficialNamesPerLanguage\d+$/;
  afterAll(() => dropDatabase(server, name));

  it('converts existing names into the territory default language, and back', async () => {
    await dropDatabase(server, name);
    await ensureDatabase(server, name);
    const ds = createDataSource(databaseUrl(server, name));
    await ds.initialize();
    try {
      await migrate(ds);
      // Back to just before this migration (later ones, if any, first).
      for (;;) {
        const [last] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
        await ds.undoLastMigration({ transaction: 'each' });
        if (MIGRATION.test(last.name)) break;
      }
      // A Catalan territory: its default language receives the names.
      await ds.query(`INSERT INTO territories (slug, name, country, default_language) VALUES ('t', '{"ca":"T"}', 'ES', 'ca')`);
      const [plan] = await ds.query(
        `INSERT INTO plans (slug, title, period_start, period_end) VALUES ('p', '{"ca":"Pla"}', 2026, 2030) RETURNING id`,
      );
      const content = {
        title: { ca: 'Acció' },
        leadDepartment: 'Servei de Cooperació',
        budget: { line: 'Cooperació al desenvolupament', amount: 1000, currency: 'EUR' },
      };
      const [section] = await ds.query(`INSERT INTO plan_sections (plan_id, kind, content) VALUES ($1, 'action', $2) RETURNING id`, [
        plan.id,
        JSON.stringify(content),
      ]);
      const [version] = await ds.query(
        `INSERT INTO plan_versions (plan_id, number, name, header) VALUES ($1, 1, 'Primer esborrany', '{}') RETURNING id`,
        [plan.id],
      );
      await ds.query(
        `INSERT INTO plan_version_sections (version_id, section_id, kind, position, code, content, hash) VALUES ($1, $2, 'action', 0, '1.1', $3, 'x')`,
        [version.id, section.id, JSON.stringify({ ...content, leadDepartment: null, budget: null })],
      );
      await ds.query(`INSERT INTO action_tracking (action_id, plan_id, responsible, budget_lines) VALUES ($1, $2, 'Direcció', $3)`, [
        section.id,
        plan.id,
        JSON.stringify([
          { line: 'Missions', planned: 10, spent: 5, currency: 'EUR' },
          { line: 'Estudis', planned: 20, spent: 0, currency: 'EUR' },
        ]),
      ]);
      const read = async () => ({
        version: (await ds.query(`SELECT name FROM plan_versions WHERE id = $1`, [version.id]))[0].name,
        section: (await ds.query(`SELECT content FROM plan_sections WHERE id = $1`, [section.id]))[0].content,
        snapshot: (await ds.query(`SELECT content FROM plan_version_sections WHERE version_id = $1`, [version.id]))[0].content,
        tracking: (await ds.query(`SELECT responsible, budget_lines FROM action_tracking WHERE action_id = $1`, [section.id]))[0],
      });

      await migrate(ds);
      const up = await read();
      expect(up.version).toEqual({ ca: 'Primer esborrany' });
      expect(up.section.leadDepartment).toEqual({ ca: 'Servei de Cooperació' });
      expect(up.section.budget).toEqual({ line: { ca: 'Cooperació al desenvolupament' }, amount: 1000, currency: 'EUR' });
      expect(up.section.title).toEqual({ ca: 'Acció' });
      // No name: left as it was (null), not turned into an object.
      expect(up.snapshot.leadDepartment).toBeNull();
      expect(up.snapshot.budget).toBeNull();
      expect(up.tracking.responsible).toEqual({ ca: 'Direcció' });
      expect(up.tracking.budget_lines.map((b: { line: unknown }) => b.line)).toEqual([{ ca: 'Missions' }, { ca: 'Estudis' }]);
      expect(up.tracking.budget_lines[0]).toMatchObject({ planned: 10, spent: 5, currency: 'EUR' });

      // Down: strings again (the default language's text, else the first written).
      await ds.query(`UPDATE plan_versions SET name = '{"en":"First draft"}' WHERE id = $1`, [version.id]);
      for (;;) {
        const [last] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
        await ds.undoLastMigration({ transaction: 'each' });
        if (MIGRATION.test(last.name)) break;
      }
      const down = await read();
      expect(down.version).toBe('First draft');
      expect(down.section.leadDepartment).toBe('Servei de Cooperació');
      expect(down.section.budget.line).toBe('Cooperació al desenvolupament');
      expect(down.tracking.responsible).toBe('Direcció');
      expect(down.tracking.budget_lines.map((b: { line: unknown }) => b.line)).toEqual(['Missions', 'Estudis']);
    } finally {
      await ds.destroy();
    }
  });
});
