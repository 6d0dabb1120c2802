import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { databaseUrl, dropDatabase, ensureDatabase } from '../src/core/database/database-admin';
import { createDataSource, migrate } from '../src/core/database/data-source';
import { Redis } from 'ioredis';

/**
 * Once per run: a real PostgreSQL (DATABASE_URL's server, else an embedded one in a
 * temp folder) and a template database migrated to the latest schema. Each test file
 * then clones the template (CREATE DATABASE ... TEMPLATE), so files run in parallel.
 */
export default async function globalSetup() {
  let server = process.env.DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'polyphony-test-'));
    const embedded = await startEmbeddedPostgres(dir);
    (globalThis as any).__POLYPHONY_EMBEDDED__ = { embedded, dir };
    server = embedded.adminUrl;
  }
  const template = `polyphony_tpl_${process.pid}`;
  await dropDatabase(server, template);
  await ensureDatabase(server, template);
  const ds = createDataSource(databaseUrl(server, template));
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  process.env.TEST_PG_SERVER = server;
  await findRedis();
  process.env.TEST_PG_TEMPLATE = template;
}

/**
 * Tests that need Redis (several API processes) read TEST_REDIS_URL: REDIS_URL when set, else
 * a Redis on 127.0.0.1:6379 if one answers (CI has one); without either they skip, saying so.
 */
async function findRedis() {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  try {
    await redis.connect();
    await redis.ping();
    process.env.TEST_REDIS_URL = url;
  } catch (error) {
    if (process.env.REDIS_URL) throw new Error(`REDIS_URL=${url} does not answer: ${(error as Error).message}`);
    console.warn(`\nNo Redis at ${url} and REDIS_URL is unset: the multi-process (Redis adapter) tests are skipped.\n`);
  } finally {
    redis.disconnect();
  }
}
