import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { loadEnv, type Env } from '../src/core/config/env';
import { createDataSource } from '../src/core/database/data-source';
import { createApp } from '../src/create-app';
import { QueryCounter } from './query-counter';
import { cloneTestDatabase } from './test-database';
import { ApiClient } from './api-client';
import { seedDemoTaxonomy } from '../src/demo/demo-taxonomy';

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  env: Env;
  queries: QueryCounter;
  /** A fresh client (its own cookie jar), with a CSRF token already fetched. */
  client: (language?: string) => Promise<ApiClient>;
  close: () => Promise<void>;
}

/**
 * The real application on its own cloned database, as main.ts builds it. Unless `fresh`, the reference
 * case's taxonomy (strategic lines, regions, agendas, units) is loaded, as on an instance migrated from
 * the former enums; `fresh` is an instance nobody has set up yet.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { fresh?: boolean } = {}): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const config = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...env });
  const queries = new QueryCounter();
  const db = createDataSource(database.url, { logger: queries, logging: ['query'] });
  await db.initialize();
  if (!options.fresh) await seedDemoTaxonomy(db.manager);
  const app = await createApp(config, db);
  await app.listen(0, '127.0.0.1');
  return {
    app,
    db,
    env: config,
    queries,
    client: (language) => ApiClient.create(app, language),
    close: async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await database.drop();
    },
  };
}
