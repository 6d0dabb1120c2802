import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startBuiltApp } from './app-process';

export interface FreshApp {
  baseUrl: string;
  log: string;
  stop: () => Promise<void>;
}

/**
 * A second instance started like a city starts it for itself (`npm start`, DEMO_DATA=false) on an
 * empty embedded database of its own: no territory, no taxonomy, one admin from the environment.
 */
export async function startFreshApp(env: Record<string, string>): Promise<FreshApp> {
  // An instance already started by hand (to iterate on a test without restarting anything).
  if (process.env.E2E_FRESH_URL) return { baseUrl: process.env.E2E_FRESH_URL, log: '', stop: async () => undefined };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'polyphony-e2e-fresh-'));
  const log = join(dataDir, 'app.log');
  const out = openSync(log, 'a');
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  // Built once by the e2e global set-up, before any test ran.
  const child: ChildProcess = startBuiltApp(childEnv, out);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The fresh app exited early (code ${child.exitCode}); see ${log}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { baseUrl, log, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error('The fresh app did not become healthy within 3 minutes');
}
