import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadEnv } from '../core/config/env';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';
import { dropDatabase, ensureDatabase, databaseUrl } from '../core/database/database-admin';
import { createDataSource, migrate } from '../core/database/data-source';

/**
 * Developer commands:
 *   generate <Name> [group...]  diff the entities (the foundation plus the named feature groups of
 *                    database/entities.ts, or all) against a freshly migrated scratch database and
 *                    write apps/api/src/database/migrations/<timestamp>-<Name>.ts
 *   migrate          apply pending migrations to DATABASE_URL (or the embedded database)
 */
async function main() {
  const [command, name, ...groups] = process.argv.slice(2);
  const env = loadEnv();
  const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  const server = env.DATABASE_URL ?? embedded!.adminUrl;
  try {
    if (command === 'generate') {
      if (!name) throw new Error('usage: cli generate <MigrationName>');
      const scratch = 'polyphony_migration_scratch';
      await dropDatabase(server, scratch);
      await ensureDatabase(server, scratch);
      const ds = createDataSource(databaseUrl(server, scratch));
      await ds.initialize();
      await migrate(ds);
      await ds.destroy();
      const dataSourceFile = resolve(__dirname, 'cli-data-source.js');
      execFileSync(
        'npx',
        ['typeorm', 'migration:generate', resolve('apps/api/src/database/migrations', name), '-d', dataSourceFile, '-p'],
        {
          stdio: 'inherit',
          env: { ...process.env, POLYPHONY_CLI_DB: databaseUrl(server, scratch), POLYPHONY_CLI_GROUPS: groups.join(',') },
        },
      );
      await dropDatabase(server, scratch);
    } else if (command === 'migrate') {
      const url = env.DATABASE_URL ?? embedded!.url('polyphony');
      if (!env.DATABASE_URL) await ensureDatabase(server, 'polyphony');
      const ds = createDataSource(url);
      await ds.initialize();
      console.log('applied:', await migrate(ds));
      await ds.destroy();
    } else {
      throw new Error('usage: cli generate <Name> | migrate');
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
