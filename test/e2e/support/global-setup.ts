import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLikeNpmStart, freePort, startBuiltApp } from './app-process';

/**
 * Starts the app as `npm start` does (build, then the API serving it), on a free port and a fresh
 * embedded database in a temp folder, and waits until /api/health answers.
 */
export default async function globalSetup() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'polyphony-e2e-'));
  const log = join(dataDir, 'app.log');
  const out = openSync(log, 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: 'e2e-admin-password',
    // Every e2e file signs newcomers up from 127.0.0.1 against this one app.
    REGISTRATIONS_PER_IP_PER_HOUR: '1000',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  buildLikeNpmStart(env, out);
  const child = startBuiltApp(env, out);
  (globalThis as any).__POLYPHONY_E2E__ = { child, dataDir };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited early (code ${child.exitCode}); see ${log}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      process.env.E2E_BASE_URL = baseUrl;
      process.env.E2E_APP_LOG = log;
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not become healthy within 3 minutes; see ${log}`);
}
