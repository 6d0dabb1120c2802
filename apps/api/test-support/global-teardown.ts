import { rmSync } from 'node:fs';
import { dropDatabase } from '../src/core/database/database-admin';

export default async function globalTeardown() {
  const server = process.env.TEST_PG_SERVER;
  if (server && process.env.TEST_PG_TEMPLATE) await dropDatabase(server, process.env.TEST_PG_TEMPLATE).catch(() => undefined);
  const handle = (globalThis as any).__POLYPHONY_EMBEDDED__;
  if (handle) {
    await handle.embedded.stop();
    rmSync(handle.dir, { recursive: true, force: true });
  }
}
