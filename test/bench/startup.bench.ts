// Start-up benchmark: the README's first command on a clean clone of HEAD, as a newcomer runs it.
// Measures `npm ci`, the first `npm start` (cold build, new embedded database, migrations, demo
// data) until /api/health answers, and a warm `npm start` (Nx cache, existing database).
// Prints a table, then one JSON line {"bench": "startup", ...}.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the API tests' own port finder, not a package export
import { freePort } from '../../apps/api/test-support/api-process';

const root = resolve(__dirname, '../..');

function seconds(since: bigint) {
  return Math.round(Number(process.hrtime.bigint() - since) / 1e7) / 100;
}

async function startUntilHealthy(dir: string, port: number): Promise<{ child: ChildProcess; s: number }> {
  const started = process.hrtime.bigint();
  const log = join(dir, 'start.log');
  const out = openSync(log, 'a');
  const child = spawn('npm', ['start', '--silent'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      ADMIN_PASSWORD: 'bench-admin-password',
      LOG_LEVEL: 'warn',
      NX_DAEMON: 'false',
    },
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${readFileSync(log, 'utf8').slice(-3000)}`);
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, s: seconds(started) };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('not healthy within 5 minutes');
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'polyphony-startup-'));
  try {
    execFileSync('git', ['clone', '--quiet', root, dir]);
    const t = process.hrtime.bigint();
    execFileSync('npm', ['ci', '--silent'], { cwd: dir, stdio: 'ignore' });
    const npmCi = seconds(t);
    const port = await freePort();
    const first = await startUntilHealthy(dir, port);
    await stop(first.child);
    const warm = await startUntilHealthy(dir, port);
    await stop(warm.child);
    const rows = [
      ['npm ci (npm cache warm)', npmCi],
      ['first npm start -> healthy (build, initdb, migrate, demo)', first.s],
      ['warm npm start -> healthy', warm.s],
    ];
    console.log('startup benchmark (seconds, one run each; 2 shared cores)');
    for (const [label, value] of rows) console.log(`  ${String(label).padEnd(58)} ${value}`);
    console.log(
      JSON.stringify({
        bench: 'startup',
        npm_ci_s: npmCi,
        first_start_s: first.s,
        first_start_after_ci_s: Math.round((npmCi + first.s) * 100) / 100,
        warm_start_s: warm.s,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
