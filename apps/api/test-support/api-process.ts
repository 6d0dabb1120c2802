import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Fails with a clear message when the built API (which ApiProcess runs) is missing. */
export function assertBuilt() {
  if (!existsSync(join(ROOT, 'apps/api/dist/rooms/rooms.gateway.js')))
    throw new Error('apps/api/dist is missing or stale: run `npm run build -w @polyphony/api` (npm test builds first).');
}

/** A real API process (`node apps/api/dist/main.js`) on its own port, as in production, to kill and restart. */
export class ApiProcess {
  child?: ChildProcess;
  log = '';
  constructor(
    readonly port: number,
    private readonly databaseUrl: string,
    private readonly env: Record<string, string> = {},
  ) {}

  async start() {
    this.child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATABASE_URL: this.databaseUrl,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        COOKIE_SECURE: 'false',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.log += d));
    this.child.stderr!.on('data', (d) => (this.log += d));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`API process exited (${this.child.exitCode}):\n${this.log}`);
      if (
        await fetch(`http://127.0.0.1:${this.port}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await sleep(200);
    }
    throw new Error(`API process on ${this.port} not healthy:\n${this.log}`);
  }

  get running() {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  kill(signal: NodeJS.Signals) {
    const child = this.child!;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    return exited;
  }
}
