import 'reflect-metadata';
import pino from 'pino';
import { EnvError, loadEnv, type Env } from './core/config/env';
import { resolveDatabase } from './core/database/database-bootstrap';
import { createDataSource, migrate, withBootLock } from './core/database/data-source';
import { ensureAdmin } from './demo/ensure-admin';
import { seedDemoData } from './demo/seed-demo-data';
import { createApp } from './create-app';

function readEnv(): Env {
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const env = readEnv();
  const log = pino({ level: env.LOG_LEVEL, base: { app: 'polyphony' } });
  const database = await resolveDatabase(env, (m) => log.info(m));
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  await withBootLock(dataSource, async () => {
    const applied = await migrate(dataSource);
    if (applied.length) log.info({ applied }, 'migrations applied');
    await ensureAdmin(dataSource, env, (m) => log.warn(m));
    if (env.DEMO_DATA) await seedDemoData(dataSource, (m) => log.info(m));
  });
  const app = await createApp(env, dataSource);
  await app.listen(env.PORT, env.HOST);
  log.info(`Polyphony is ready on http://localhost:${env.PORT}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    await app.close().catch((e) => log.error(e));
    await database.embedded?.stop().catch((e) => log.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error('Polyphony failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
