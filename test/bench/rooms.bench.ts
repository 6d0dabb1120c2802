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
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { Client } from 'pg';

const quick = process.env.BENCH_QUICK === '1';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? (quick ? 300 : 2000));
const SENDERS = Math.min(50, CLIENTS);
const RATE = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 15 : 60));
const ROOT = resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** One clock for sending and receiving (both in this process): monotonic, sub-millisecond. */
const now = () => performance.now();
/** Bounded: a run that hangs (a join never answered, a server stuck) fails instead of waiting for ever. */
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_S ?? (quick ? 600 : 1800)) * 1000;
/** After the last send, how long deliveries may still arrive before what is missing counts as lost. */
const DRAIN_MS = 30_000;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

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

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

const READER_LANGUAGES = ['fr', 'es', 'ca', 'en'] as const;

interface RunResult {
  join_s: number;
  /** Translation's added latency at readers of other languages (polyphony only). */
  tr_p50_ms?: number;
  tr_p95_ms?: number;
  tr_lost?: number;
  tr_duplicated?: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  sent: number;
  acked: number;
  deliveries: number;
  lost: number;
  duplicated: number;
}

/** Connects CLIENTS sockets, joins them, runs the load, and measures at every receiver. */
async function run(
  port: number,
  cookies: string[],
  join: (s: Socket) => Promise<void>,
  sendOne: (s: Socket, clientId: string) => Promise<boolean>,
): Promise<RunResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  /** Latencies by the second of the run in which the message was sent (to see a backlog building or draining). */
  const bySecond: number[][] = [];
  const received: Set<string>[] = [];
  let duplicated = 0;
  /** Per socket: when each message's original arrived, and which translations arrived. */
  const arrivedAt: Map<string, number>[] = [];
  const translatedSeen: Set<string>[] = [];
  /** Arrival times of each message: as written at the French readers, translated at each other language's readers. */
  const originalAt = new Map<string, number[]>();
  const translatedAt: Partial<Record<(typeof READER_LANGUAGES)[number], Map<string, number[]>>> = {};
  let trDuplicated = 0;
  let t0 = Infinity;
  const sockets: Socket[] = [];
  const started = Date.now();
  const BATCH = 100;
  for (let i = 0; i < CLIENTS; i += BATCH) {
    await Promise.all(
      cookies.slice(i, i + BATCH).map(async (cookie, k) => {
        const socket = io(`http://127.0.0.1:${port}`, {
          path: '/api/socket.io',
          transports: ['websocket'],
          extraHeaders: cookie ? { cookie } : {},
          auth: { lang: READER_LANGUAGES[(i + k) % READER_LANGUAGES.length] },
          reconnection: false,
          forceNew: true,
          timeout: 60_000,
        });
        const seen = new Set<string>();
        received[i + k] = seen;
        const arrived = (arrivedAt[i + k] = new Map<string, number>());
        const translated = (translatedSeen[i + k] = new Set<string>());
        const language = READER_LANGUAGES[(i + k) % READER_LANGUAGES.length];
        const translatedNow = (messageId: string) => {
          if (translated.has(messageId)) return void trDuplicated++;
          translated.add(messageId);
          ((translatedAt[language] ??= new Map()).get(messageId) ?? translatedAt[language]!.set(messageId, []).get(messageId)!).push(now());
        };
        socket.on('room:message_translated', (t: { messageId: string }) => translatedNow(t.messageId));
        socket.on('message:new', (m: { clientId: string; id: string; translation?: unknown }) => {
          const at = sentAt.get(m.clientId);
          if (at === undefined) return;
          if (!arrived.has(m.id)) arrived.set(m.id, now());
          if (language === 'fr') (originalAt.get(m.id) ?? originalAt.set(m.id, []).get(m.id)!).push(now());
          if (m.translation) translatedNow(m.id);
          if (seen.has(m.clientId)) duplicated++;
          else {
            seen.add(m.clientId);
            latencies.push(now() - at);
            (bySecond[Math.floor((at - t0) / 1000)] ??= []).push(now() - at);
          }
        });
        await new Promise<void>((ok, no) => {
          socket.once('connect', () => ok());
          socket.once('connect_error', no);
        });
        await join(socket);
        sockets[i + k] = socket;
      }),
    );
  }
  const join_s = (Date.now() - started) / 1000;
  await sleep(1000);

  const acked = new Set<string>();
  let sent = 0;
  const total = RATE * SECONDS;
  t0 = now();
  const loadBefore = loadavg()[0];
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = t0 + (n * 1000) / RATE;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    const socket = sockets[n % SENDERS];
    const clientId = `b${n}x${randomBytes(4).toString('hex')}`;
    sentAt.set(clientId, now());
    sent++;
    pending.push(
      sendOne(socket, clientId).then(
        (ok) => void (ok && acked.add(clientId)),
        () => undefined,
      ),
    );
  }
  await Promise.all(pending);
  // Wait until every client has every acknowledged message, or DRAIN_MS without it (then counted as lost).
  const missing = () => {
    let n = 0;
    for (const seen of received) for (const id of acked) if (!seen.has(id)) n++;
    return n;
  };
  const drainUntil = Date.now() + DRAIN_MS;
  while (Date.now() < drainUntil && missing() > 0) await sleep(500);
  await sleep(500);
  let lost = 0;
  for (const id of acked) for (const seen of received) if (!seen.has(id)) lost++;
  // Translations: every es/ca/en reader gets each acknowledged message's translation once (polyphony only).
  const translating = translatedSeen.some((t) => t.size > 0);
  let trLost = 0;
  if (translating) {
    const drainTr = Date.now() + DRAIN_MS;
    const missingTr = () => {
      let n = 0;
      arrivedAt.forEach((arrived, i) => {
        if (i % READER_LANGUAGES.length === 0) return; // French readers: the originals are theirs
        for (const id of arrived.keys()) if (!translatedSeen[i].has(id)) n++;
      });
      return n;
    };
    while (Date.now() < drainTr && missingTr() > 0) await sleep(500);
    trLost = missingTr();
  }
  // The translation's added latency, per message and reader language: when its readers got it translated
  // (median) against when the French readers got the original (median): the same clients, the same queues.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const trAdded: number[] = [];
  for (const [id, times] of originalAt)
    for (const byMessage of Object.values(translatedAt)) {
      const got = byMessage.get(id);
      if (got?.length) trAdded.push(median(got) - median(times));
    }
  trAdded.sort((a, b) => a - b);
  for (const s of sockets) s.disconnect();
  latencies.sort((a, b) => a - b);
  const windows = [0, 10, 20, 30, 40, 50]
    .filter((w) => w < SECONDS)
    .map((w) => {
      const xs = bySecond
        .slice(w, w + 10)
        .flat()
        .sort((a, b) => a - b);
      return `${w}-${Math.min(w + 10, SECONDS)}s p50 ${round(percentile(xs, 50))} p99 ${round(percentile(xs, 99))}`;
    });
  console.error(
    `  by send time: ${windows.join(' | ')}; 1-min load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`,
  );
  return {
    join_s: Math.round(join_s * 100) / 100,
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(latencies[latencies.length - 1] ?? NaN),
    sent,
    acked: acked.size,
    deliveries: latencies.length,
    lost,
    duplicated,
    ...(translating
      ? {
          tr_p50_ms: round(percentile(trAdded, 50)),
          tr_p95_ms: round(percentile(trAdded, 95)),
          tr_lost: trLost,
          tr_duplicated: trDuplicated,
        }
      : {}),
  };
}

// The bare server broadcasts the same load: messages of the same shape and size as the API's
// RoomMessage (so that both runs put the same bytes through the sockets and the clients' parsers),
// built in memory with no checks, storage or presence.
const BASELINE_SERVER = `
const { Server } = require('socket.io');
const { randomUUID } = require('node:crypto');
const io = new Server(Number(process.env.PORT), { path: '/api/socket.io', serveClient: false });
process.on('SIGTERM', () => process.exit(0));
let seq = 0;
const escape = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
io.on('connection', (socket) => {
  const author = { id: randomUUID(), displayName: 'Bench ' + socket.id.slice(0, 4), category: 'resident', organisation: null };
  socket.on('room:join', (p, ack) => { socket.join('room:' + p.roomId); ack({ ok: true }); });
  socket.on('message:send', (p, ack) => {
    seq++;
    const message = {
      id: randomUUID(), roomId: p.roomId, seq, rev: seq, clientId: p.clientId, author, body: p.body, bodyHtml: '<p>' + escape(p.body) + '</p>',
      language: 'und', replyTo: null, reactions: { agree: 0, disagree: 0, plus_one: 0 }, myReactions: [], pinned: false, keyPoint: false,
      hidden: null, deleted: false, agendaIndex: null, editedAt: null, createdAt: new Date().toISOString(),
    };
    io.to('room:' + p.roomId).emit('message:new', message);
    ack({ ok: true, message, duplicate: false });
  });
});
`;

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
    const ours = await run(
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
    const base = spawn(process.execPath, [...nodeArgs, '-e', BASELINE_SERVER], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(basePort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(base);
    base.stderr!.on('data', (d) => (baseLog += d));
    await waitHealthy(`http://127.0.0.1:${basePort}/api/socket.io/?EIO=4&transport=polling`, base, () => baseLog);
    const baseline = await run(
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
