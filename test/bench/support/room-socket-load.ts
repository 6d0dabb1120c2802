// The rooms benchmark's load: socket.io clients in this process, signed in, join one room; SENDERS of them
// post RATE messages per second in total for SECONDS; every receiver measures delivery latency, lost and
// duplicated deliveries, and (on the API) the translations' added latency. The same load runs on the API and
// on a bare socket.io server (bare-socket-server.ts).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { median, round } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** One clock for sending and receiving (both in this process): monotonic, sub-millisecond. */
const now = () => performance.now();
/** After the last send, how long deliveries may still arrive before what is missing counts as lost. */
const DRAIN_MS = 30_000;

/** How many clients join, how many of them send, how many messages a second in total, for how long. */
export interface RoomLoad {
  clients: number;
  senders: number;
  rate: number;
  seconds: number;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

const READER_LANGUAGES = ['fr', 'es', 'ca', 'en'] as const;

/** What a room load measured at its receivers. */
export interface RoomLoadResult {
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

/** Connects `clients` sockets, joins them, runs the load, and measures at every receiver. */
export async function runRoomLoad(
  { clients: CLIENTS, senders: SENDERS, rate: RATE, seconds: SECONDS }: RoomLoad,
  port: number,
  cookies: string[],
  join: (s: Socket) => Promise<void>,
  sendOne: (s: Socket, clientId: string) => Promise<boolean>,
): Promise<RoomLoadResult> {
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
