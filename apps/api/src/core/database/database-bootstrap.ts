import type { Env } from '../config/env';
import { ensureDatabase } from './database-admin';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
}

/** DATABASE_URL when given; otherwise a real PostgreSQL embedded in DATA_DIR. */
export async function resolveDatabase(env: Env, log: (message: string) => void): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const started = Date.now();
  const embedded = await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  await ensureDatabase(embedded.adminUrl, 'polyphony');
  log(`embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${env.DATA_DIR}/postgres)`);
  return { url: embedded.url('polyphony'), embedded };
}
