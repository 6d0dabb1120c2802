import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Client } from 'pg';

export const ROOT = resolve(__dirname, '../../..');
export const DIST = join(ROOT, 'apps/api/dist');

/** The app from apps/api/dist: build it (Nx cache makes this quick when nothing changed). */
export function buildApi() {
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', '@polyphony/api', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

/** A module of the compiled app (load after buildApi()). */
export function fromDist<T = any>(path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(DIST, path));
}

export interface BenchDatabase {
  url: string;
  /** Drops the database and stops the embedded server, if any. */
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one run: on DATABASE_URL's server if set (created, then dropped),
 * else on an embedded PostgreSQL in a temp folder.
 */
export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const { startEmbeddedPostgres } = fromDist('core/database/embedded-postgres.js');
  const { ensureDatabase, dropDatabase, databaseUrl } = fromDist('core/database/database-admin.js');
  const { createDataSource, migrate } = fromDist('core/database/data-source.js');
  const dir = mkdtempSync(join(tmpdir(), 'polyphony-bench-'));
  let embedded: { adminUrl: string; stop: () => Promise<void> } | undefined;
  const server: string = process.env.DATABASE_URL || (embedded = await startEmbeddedPostgres(dir))!.adminUrl;
  const dbName = `polyphony_bench_${name}_${process.pid}`;
  await dropDatabase(server, dbName);
  await ensureDatabase(server, dbName);
  const url: string = databaseUrl(server, dbName);
  const ds = createDataSource(url);
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  return {
    url,
    close: async () => {
      await dropDatabase(server, dbName).catch(() => undefined);
      await embedded?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in session for a user, inserted directly (logging in is not what the benchmarks measure). */
export async function insertSession(pg: Client, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await pg.query(`INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    userId,
  ]);
  return token;
}

/** An official account, for the requests only officials may make. */
export async function insertOfficial(pg: Client): Promise<{ id: string }> {
  const { rows } = await pg.query(
    `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
     VALUES ('bench-official@example.org', 'Bench Official', 'fr', 'official', 'ES', 'official', now()) RETURNING id`,
  );
  return rows[0];
}
