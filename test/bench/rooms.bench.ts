// Rooms benchmark: the real API (node apps/api/dist/main.js, its own process and database) with
// socket.io clients in this process, signed in: CLIENTS join one room; SENDERS of them post RATE
// messages per second in total for SECONDS. Reports join time, delivery latency at receivers
// (p50, p99), lost and duplicated deliveries; then the same load on a bare socket.io server on
// the same machine, and the ratio of the p99s. Prints a table, then one JSON line {"bench": "rooms", ...}.
// Clients read in fr, es, ca and en in turn (messages are French): the API translates each message once per
// language and sends it to each language's channel, inside the message (one event per reader); the bench reports
// the translation's added latency (per message and language, the median arrival of the translated message at that
// language's readers minus the median arrival of the original at the French readers: p50, p95) and lost or
// duplicated translations.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the API tests' own port finder, not a package export
import { freePort } from '../../apps/api/test-support/api-process';
import type { Socket } from 'socket.io-client';
import { Client } from 'pg';
import { BARE_SOCKET_SERVER } from './support/bare-socket-server';
import { untilTranslationWarm } from './support/bench-app';
import { runRoomLoad, type RoomLoad } from './support/room-socket-load';

const quick = process.env.BENCH_QUICK === '1';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? (quick ? 300 : 2000));
const SENDERS = Math.min(50, CLIENTS);
const RATE = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 15 : 60));
const load: RoomLoad = { clients: CLIENTS, senders: SENDERS, rate: RATE, seconds: SECONDS };
const ROOT = resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Bounded: a run that hangs (a join never answered, a server stuck) fails instead of waiting for ever. */
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_S ?? (quick ? 600 : 1800)) * 1000;

async function waitHealthy(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`server not healthy:\n${log()}`);
}

async function main() {
  setTimeout(() => {
    console.error(`rooms benchmark: over its deadline (${DEADLINE_MS / 1000} s), giving up`);
    process.exit(1);
  }, DEADLINE_MS).unref();
  if (!existsSync(join(ROOT, 'apps/api/dist/rooms/rooms.gateway.js')))
    throw new Error('Build the API first: npm run build -w @polyphony/api');
  const dataDir = mkdtempSync(join(tmpdir(), 'polyphony-bench-rooms-'));
  let server = process.env.DATABASE_URL;
  let embedded: { stop: () => Promise<void> } | undefined;
  // eslint-disable-next-line @nx/enforce-module-boundaries -- the bench drives the API's own database helpers (not a package export), from source through tsx
  const { startEmbeddedPostgres } = await import('../../apps/api/src/core/database/embedded-postgres');
  // eslint-disable-next-line @nx/enforce-module-boundaries -- the bench drives the API's own database helpers (not a package export), from source through tsx
  const { ensureDatabase, databaseUrl, dropDatabase } = await import('../../apps/api/src/core/database/database-admin');
  if (!server) {
    const e = await startEmbeddedPostgres(dataDir);
    embedded = e;
    server = e.adminUrl;
  }
  const dbName = `polyphony_bench_rooms_${process.pid}`;
  await dropDatabase(server, dbName);
  await ensureDatabase(server, dbName);
  const url = databaseUrl(server, dbName);
  const children: ChildProcess[] = [];
  try {
    // Start the API once: it migrates the database.
    const apiPort = await freePort();
    let apiLog = '';
    // BENCH_API_NODE_ARGS: extra Node flags for the API and the bare server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it).
    const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const api = spawn(process.execPath, [...nodeArgs, join(ROOT, 'apps/api/dist/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        COOKIE_SECURE: 'false',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(api);
    api.stdout!.on('data', (d) => (apiLog += d));
    api.stderr!.on('data', (d) => (apiLog += d));
    await waitHealthy(`http://127.0.0.1:${apiPort}/api/health`, api, () => apiLog);
    // A room in steady operation: measured once the translation pipelines have all started (they start after boot).
    await untilTranslationWarm(apiPort);

    // People, sessions, a consultation and an open room, straight into the database.
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const users = await pg.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at, privacy_consent_version)
       SELECT 'bench-' || g || '@example.org', 'Bench ' || g, 'fr', (ARRAY['resident','diaspora','academia','civil_society','private_sector'])[1 + g % 5], 'ES', 'participant', now(), 'bench'
         FROM generate_series(1, $1) g ORDER BY g RETURNING id`,
      [CLIENTS],
    );
    const tokens = users.rows.map(() => randomBytes(32).toString('base64url'));
    await pg.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at) SELECT h, u, now(), now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex')), users.rows.map((u) => u.id)],
    );
    const consultation = await pg.query(
      `INSERT INTO consultations (slug, title, summary, languages, status) VALUES ('bench', '{"fr":"Bench"}', '{"fr":"x"}', '["fr"]', 'published') RETURNING id`,
    );
    const room = await pg.query(
      `INSERT INTO rooms (consultation_id, title, starts_at, ends_at, status, access) VALUES ($1, '{"fr":"Bench"}', now(), now() + interval '2 hours', 'open', 'signed_in') RETURNING id`,
      [consultation.rows[0].id],
    );
    const roomId: string = room.rows[0].id;
    const cookies = tokens.map((t) => `polyphony_sid=${t}`);

    console.error(`polyphony: ${CLIENTS} clients joining, then ${RATE * SECONDS} messages`);
    api.on('exit', (code) => code && console.error(`API exited (${code}):\n${apiLog}`));
    const ack = (s: Socket, event: string, payload: unknown) =>
      s.timeout(15_000).emitWithAck(event, payload) as Promise<{ ok: boolean; error?: { code: string } }>;
    const ours = await runRoomLoad(
      load,
      apiPort,
      cookies,
      async (s) => {
        const r = await ack(s, 'room:join', { roomId });
        if (!r.ok) throw new Error(`join refused: ${JSON.stringify(r.error)}`);
      },
      async (s, clientId) =>
        (await ack(s, 'message:send', { roomId, clientId, body: `Bench message ${clientId}: la coopération décentralisée avec Dakar.` }))
          .ok,
    );
    const stored = await pg.query(
      `SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS d, max(seq)::int AS m FROM room_messages WHERE room_id = $1`,
      [roomId],
    );
    // Each message translated once per other language (cache rows), whatever the number of readers.
    const cached = await pg.query(`SELECT count(*)::int AS n FROM machine_translations`).catch(() => ({ rows: [{ n: null }] }));
    const translationsComputed: number | null = cached.rows[0].n;
    await pg.end();
    api.kill('SIGTERM');

    console.error('bare socket.io: same load');
    // The same load on a bare socket.io server.
    const basePort = await freePort();
    let baseLog = '';
    const base = spawn(process.execPath, [...nodeArgs, '-e', BARE_SOCKET_SERVER], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(basePort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(base);
    base.stderr!.on('data', (d) => (baseLog += d));
    await waitHealthy(`http://127.0.0.1:${basePort}/api/socket.io/?EIO=4&transport=polling`, base, () => baseLog);
    const baseline = await runRoomLoad(
      load,
      basePort,
      cookies.map(() => ''),
      async (s) => void (await ack(s, 'room:join', { roomId })),
      async (s, clientId) =>
        (await ack(s, 'message:send', { roomId, clientId, body: `Bench message ${clientId}: la coopération décentralisée avec Dakar.` }))
          .ok,
    );
    base.kill('SIGTERM');

    console.log(
      `rooms benchmark: ${CLIENTS} clients in one room, ${SENDERS} senders, ${RATE} msg/s for ${SECONDS} s (${CLIENTS * RATE} deliveries/s), Node ${process.version}`,
    );
    console.table([
      { server: 'polyphony', ...ours },
      { server: 'bare socket.io', ...baseline },
    ]);
    console.log(`stored: ${stored.rows[0].n} rows, ${stored.rows[0].d} distinct client ids, last seq ${stored.rows[0].m}`);
    console.log(`translations cached: ${translationsComputed} (3 other languages x ${stored.rows[0].n} messages expected)`);
    const ratio = Math.round((ours.p99_ms / baseline.p99_ms) * 100) / 100;
    console.log(
      JSON.stringify({
        bench: 'rooms',
        clients: CLIENTS,
        senders: SENDERS,
        rate_per_s: RATE,
        seconds: SECONDS,
        join_s: ours.join_s,
        p50_ms: ours.p50_ms,
        p99_ms: ours.p99_ms,
        baseline_p50_ms: baseline.p50_ms,
        baseline_p99_ms: baseline.p99_ms,
        ratio_p99: ratio,
        sent: ours.sent,
        acked: ours.acked,
        lost: ours.lost,
        duplicated: ours.duplicated,
        stored_duplicates: stored.rows[0].n - stored.rows[0].d,
        translation_added_p50_ms: ours.tr_p50_ms ?? null,
        translation_added_p95_ms: ours.tr_p95_ms ?? null,
        translations_lost: ours.tr_lost ?? null,
        translations_duplicated: ours.tr_duplicated ?? null,
        translations_computed: translationsComputed,
      }),
    );
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await sleep(500);
    await dropDatabase(server, dbName).catch(() => undefined);
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
