import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import { DIST, ROOT, fromDist } from './bench-db';

export interface BenchApp {
  port: number;
  stop(): Promise<void>;
}

/**
 * The real app (createApp from apps/api/dist) in its own process, as in production, on a free port;
 * the benchmark's process is the load generator.
 */
export async function startApp(url: string, env: Record<string, string> = {}): Promise<BenchApp> {
  const { freePort } = fromDist('core/database/embedded-postgres.js');
  const port: number = await freePort();
  const settings = { NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: String(port), HOST: '127.0.0.1', ...env };
  const boot = `
    require('reflect-metadata');
    const { loadEnv } = require(${JSON.stringify(`${DIST}/core/config/env.js`)});
    const { createDataSource } = require(${JSON.stringify(`${DIST}/core/database/data-source.js`)});
    const { createApp } = require(${JSON.stringify(`${DIST}/create-app.js`)});
    (async () => {
      const env = loadEnv({ ...process.env, ...${JSON.stringify(settings)} });
      const ds = createDataSource(${JSON.stringify(url)});
      await ds.initialize();
      const app = await createApp(env, ds);
      await app.listen(${port}, '127.0.0.1');
      console.log('ready');
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const child: ChildProcess = spawn(process.execPath, ['-e', boot], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && ok());
    child.once('exit', (code) => fail(new Error(`app exited with ${code}`)));
  });
  await untilTranslationWarm(port);
  return {
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
    },
  };
}

/**
 * After boot the app starts an Apertium pipeline for each of the 12 directions, one after the other (about a
 * second of CPU each): measuring during that would measure the warm-up. Waits until /api/health says it is
 * over (or that machine translation is off), two minutes at most.
 */
export async function untilTranslationWarm(port: number): Promise<void> {
  const { ok, close } = benchClient(port);
  try {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      const { translation } = JSON.parse((await ok('GET', '/api/health')).text) as { translation?: { available: boolean; warm?: boolean } };
      if (!translation?.available || translation.warm) return;
    }
    throw new Error('machine translation still warming up after two minutes');
  } finally {
    close();
  }
}

export interface BenchResponse {
  status: number;
  ms: number;
  body: Buffer;
  text: string;
}

/**
 * HTTP on a keep-alive agent, timed from request to last byte. With a session token, requests
 * carry its cookie and a CSRF pair. Every request is bounded in time: a stuck one fails the run
 * (and its clean-up runs) instead of hanging.
 */
/** The CSRF token the API expects for this csrf cookie and session (core/auth/csrf.ts: an HMAC bound to the session). */
const boundCsrf = (nonce: string, sessionToken: string) =>
  createHmac('sha256', nonce)
    .update(`polyphony-csrf|${createHash('sha256').update(sessionToken).digest('hex')}`)
    .digest('base64url');

export function benchClient(port: number, options: { token?: string; maxSockets?: number; timeoutMs?: number; language?: string } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 4 });
  const csrf = randomBytes(24).toString('hex');
  const timeoutMs = options.timeoutMs ?? 30_000;

  const call = (method: string, path: string, body?: unknown, token = options.token) =>
    new Promise<BenchResponse>((ok, fail) => {
      const start = process.hrtime.bigint();
      const data = body === undefined ? undefined : JSON.stringify(body);
      const headers: http.OutgoingHttpHeaders = { Accept: 'application/json', 'Accept-Language': options.language ?? 'fr' };
      if (token)
        Object.assign(headers, { Cookie: `polyphony_sid=${token}; polyphony_csrf=${csrf}`, 'X-CSRF-Token': boundCsrf(csrf, token) });
      if (data) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) });
      const req = http.request({ host: '127.0.0.1', port, path, method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buffer = Buffer.concat(chunks);
          ok({
            status: res.statusCode ?? 0,
            ms: Number(process.hrtime.bigint() - start) / 1e6,
            body: buffer,
            text: buffer.toString('utf8'),
          });
        });
      });
      req.on('error', fail);
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs} ms`)));
      req.end(data);
    });

  /** A request that must succeed (2xx). */
  const ok = async (method: string, path: string, body?: unknown, token?: string) => {
    const r = await call(method, path, body, token);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
    return r;
  };

  /** n sequential GETs after a warm-up of 10; their latencies in ms. */
  const timed = async (path: string, n: number) => {
    for (let i = 0; i < 10; i++) await ok('GET', path);
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push((await ok('GET', path)).ms);
    return times;
  };

  return { call, ok, timed, close: () => agent.destroy() };
}
