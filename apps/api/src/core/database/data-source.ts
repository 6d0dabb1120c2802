import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../../database/entities';
import { join } from 'node:path';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // Generated with `npm run migration:generate -- <Name>`; never rewritten once landed.
    migrations: [join(__dirname, '../../database/migrations/*.{js,ts}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 20, application_name: 'polyphony-api' },
  };
}

/** A fixed advisory-lock key: replicas starting together migrate and seed one at a time. */
const BOOT_LOCK = 7_310_221;

export async function withBootLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [BOOT_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [BOOT_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

export function createDataSource(url: string, extra: Partial<DataSourceOptions> = {}): DataSource {
  const dataSource = new DataSource({ ...dataSourceOptions(url), ...extra } as DataSourceOptions);
  const initialize = dataSource.initialize.bind(dataSource);
  dataSource.initialize = async () => {
    await initialize();
    guardConnections(dataSource);
    return dataSource;
  };
  return dataSource;
}

type Emitter = { on: (event: string, listener: (...args: unknown[]) => void) => unknown };

/**
 * When PostgreSQL ends connections (restart, failover, pg_terminate_backend), a client that TypeORM
 * has just released can still emit 'error' with no listener left, which would crash the process.
 * Every pooled client keeps a listener for its whole life: the query that was running fails (503),
 * the pool drops the client and opens a new one.
 */
function guardConnections(dataSource: DataSource) {
  const pool = (dataSource.driver as unknown as { master?: Emitter }).master;
  pool?.on('connect', (client) => (client as Emitter).on('error', () => undefined));
}
