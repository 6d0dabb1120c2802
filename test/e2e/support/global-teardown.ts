import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const handle = (globalThis as any).__POLYPHONY_E2E__;
  if (!handle) return;
  const { child, dataDir } = handle;
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer); // a pending timer would keep Jest alive after the run
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
}
