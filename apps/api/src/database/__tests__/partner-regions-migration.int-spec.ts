import { createDataSource, migrate } from '../../core/database/data-source';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../core/database/database-admin';

/** PartnerRegionsAsTaxonomy: partners recorded on an instance without a territory keep a region that is an entry. */
describe('migration: partner regions become taxonomy entries', () => {
  const server = process.env.TEST_PG_SERVER!;
  const name = `polyphony_partner_regions_${process.pid}`;
  afterAll(() => dropDatabase(server, name));

  it('creates the missing region entries, labelled as before, after the existing ones', async () => {
    await dropDatabase(server, name);
    await ensureDatabase(server, name);
    const ds = createDataSource(databaseUrl(server, name));
    await ds.initialize();
    await migrate(ds);
    const [last] = await ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
    expect(last.name).toBe('PartnerRegionsAsTaxonomy1796624801861');
    await ds.undoLastMigration();

    // As a city that never had a territory row left it: one region of its own, partners in two former ones.
    await ds.query(`INSERT INTO taxonomy_entries (kind, key, label, position) VALUES ('region', 'sahel', '{"fr":"Sahel"}', 0)`);
    await ds.query(
      `INSERT INTO partner_territories (slug, name, country, region, priority, kind, latitude, longitude)
       VALUES ('dakar', 'Dakar', 'SN', 'africa', 'priority', 'bilateral', 14.7, -17.4),
              ('lyon', 'Lyon', 'FR', 'europe', 'intensify', 'twinning', 45.8, 4.8),
              ('niamey', 'Niamey', 'NE', 'sahel', 'priority', 'bilateral', 13.5, 2.1)`,
    );
    await migrate(ds);
    const rows = await ds.query(`SELECT key, label->>'ca' AS ca, position FROM taxonomy_entries WHERE kind = 'region' ORDER BY position`);
    expect(rows).toEqual([
      { key: 'sahel', ca: null, position: 0 },
      { key: 'africa', ca: 'Àfrica', position: 1 },
      { key: 'europe', ca: 'Europa', position: 2 },
    ]);
    await ds.destroy();
  });
});
