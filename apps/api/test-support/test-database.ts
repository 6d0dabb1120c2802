import { randomBytes } from 'node:crypto';
import { cloneDatabase, databaseUrl, dropDatabase } from '../src/core/database/database-admin';

/** A database of this test file's own, cloned from the migrated template. */
export async function cloneTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_PG_SERVER;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!server || !template) throw new Error('Run integration tests through jest (global setup provides the database).');
  const name = `polyphony_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await cloneDatabase(server, template, name);
  return { url: databaseUrl(server, name), drop: () => dropDatabase(server, name) };
}
