import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RoomMessage } from '@polyphony/contracts';
import { createDataSource } from '../../core/database/data-source';
import { hashToken } from '../../auth/sessions.service';
import { SESSION_COOKIE } from '../../core/auth/cookies';
import { ApiProcess, assertBuilt, freePort } from '../../../test-support/api-process';
import { cloneTestDatabase } from '../../../test-support/test-database';
import { call, clientId, closeSockets, connect, next, ok, sleep, type RoomClient } from './room-test-kit';

/**
 * Several API processes with REDIS_URL: two real `node apps/api/dist/main.js` on two ports and
 * one database. Redis comes from the global setup (REDIS_URL, else 127.0.0.1:6379 when it answers;
 * CI has one); on a machine with neither, this file is skipped with a message.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? '';
/** Skipped only on a machine without Redis (the global setup says so); CI always runs it. */
const describeWithRedis = REDIS_URL ? describe : describe.skip;

interface Seeded {
  roomId: string;
  facilitator: string;
  people: { id: string; cookie: string }[];
}

async function seed(db: DataSource, people: number): Promise<Seeded> {
  const users: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at, privacy_consent_version)
     SELECT 'proc-' || g || '-' || $2 || '@example.org', 'Person ' || g, 'fr', (ARRAY['resident','diaspora','academia','civil_society'])[1 + g % 4], 'ES', CASE WHEN g = 0 THEN 'official' ELSE 'participant' END, now(), 'test'
       FROM generate_series(0, $1) g ORDER BY g RETURNING id`,
    [people, randomBytes(3).toString('hex')],
  );
  const cookies = [];
  for (const u of users) {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`,
      [hashToken(token), u.id],
    );
    cookies.push({ id: u.id, cookie: `${SESSION_COOKIE}=${token}` });
  }
  const [c] = await db.query(
    `INSERT INTO consultations (slug, title, summary, languages, status) VALUES ($1, '{"fr":"Multi"}', '{"fr":"x"}', '["fr"]', 'published') RETURNING id`,
    [`multi-${randomBytes(3).toString('hex')}`],
  );
  const [r] = await db.query(
    `INSERT INTO rooms (consultation_id, title, starts_at, ends_at, status, access, agenda, current_agenda_index) VALUES ($1, '{"fr":"Salon multi-processus"}', now(), now() + interval '1 hour', 'open', 'signed_in', '[]', NULL) RETURNING id`,
    [c.id],
  );
  return { roomId: r.id, facilitator: cookies[0].cookie, people: cookies.slice(1) };
}

describeWithRedis('rooms across several API processes (Redis adapter)', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let a: ApiProcess;
  let b: ApiProcess;
  let seeded: Seeded;

  beforeAll(async () => {
    assertBuilt();
    const database = await cloneTestDatabase();
    drop = database.drop;
    db = createDataSource(database.url);
    await db.initialize();
    seeded = await seed(db, 6);
    a = new ApiProcess(await freePort(), database.url, { REDIS_URL });
    b = new ApiProcess(await freePort(), database.url, { REDIS_URL });
    await Promise.all([a.start(), b.start()]);
  }, 60_000);

  afterAll(async () => {
    closeSockets();
    await Promise.all([a, b].filter((p) => p?.child && p.child.exitCode === null).map((p) => p.kill('SIGTERM')));
    await db?.destroy();
    await drop?.();
  });

  it('a client on each process sees the other’s messages, presence and hides', async () => {
    const { roomId, people } = seeded;
    const onA = await connect(a.port, { cookie: people[0].cookie } as never);
    const onB = await connect(b.port, { cookie: people[1].cookie } as never);
    const facilitator = await connect(a.port, { cookie: seeded.facilitator } as never);
    await ok(onA, 'room:join', { roomId });
    const arrival = next(onA, 'presence:delta', (d) => d.joined.some((e) => e.userId === people[1].id));
    const joinedB = await ok(onB, 'room:join', { roomId });
    expect(joinedB.presence.entries.map((e: { userId: string }) => e.userId)).toEqual(expect.arrayContaining([people[0].id, people[1].id]));
    // One part per process; the total counts both.
    expect(Object.keys(joinedB.presence.parts)).toHaveLength(2);
    expect(joinedB.presence.total).toBe(2);
    await arrival;
    await ok(facilitator, 'room:join', { roomId });

    const fromA = next(onB, 'message:new', (m) => m.author.id === people[0].id);
    const sentA = (await ok(onA, 'message:send', { roomId, clientId: clientId(), body: 'Depuis le processus A' })).message;
    expect((await fromA).id).toBe(sentA.id);
    const fromB = next(onA, 'message:new', (m) => m.author.id === people[1].id);
    const sentB = (await ok(onB, 'message:send', { roomId, clientId: clientId(), body: 'Desde el proceso B' })).message;
    expect((await fromB).id).toBe(sentB.id);

    const hiddenOnA = next(onA, 'message:updated', (m) => m.id === sentB.id && m.hidden !== null);
    const hiddenOnB = next(onB, 'message:updated', (m) => m.id === sentB.id && m.hidden !== null);
    await ok(facilitator, 'message:hide', { roomId, messageId: sentB.id, reason: 'Test' });
    for (const m of await Promise.all([hiddenOnA, hiddenOnB])) expect(m).toMatchObject({ body: null, hidden: { reason: 'Test' } });

    const left = next(onA, 'presence:delta', (d) => d.left.includes(people[1].id));
    onB.disconnect();
    await left;
  });

  it('after a SIGKILL while clients are sending, every acknowledged message is stored exactly once and every client catches up', async () => {
    const { roomId, people } = seeded;
    const PER_CLIENT = 8;
    interface Sender {
      socket: RoomClient;
      seen: Map<string, RoomMessage>;
      lastRev: number;
      acked: Set<string>;
    }
    const senders: Sender[] = [];
    for (const [i, p] of people.slice(2, 6).entries()) {
      const port = i % 2 === 0 ? a.port : b.port;
      const socket = await connect(port, { cookie: p.cookie } as never);
      socket.io.reconnection(true).reconnectionDelay(100).reconnectionDelayMax(500);
      const s: Sender = { socket, seen: new Map(), lastRev: 0, acked: new Set() };
      const remember = (m: RoomMessage) => {
        s.seen.set(m.id, m);
        s.lastRev = Math.max(s.lastRev, m.rev);
      };
      socket.on('message:new', remember);
      socket.on('message:updated', remember);
      const join = async () => {
        const r = await ok(socket, 'room:join', s.lastRev ? { roomId, afterRev: s.lastRev } : { roomId });
        r.messages.forEach(remember);
        s.lastRev = Math.max(s.lastRev, r.rev);
      };
      socket.on('connect', () => void join().catch(() => undefined));
      await join();
      senders.push(s);
    }
    // Each sender posts PER_CLIENT messages, retrying each with the same client id until acknowledged.
    const deadline = Date.now() + 60_000;
    const sending = senders.map(async (s, i) => {
      for (let n = 0; n < PER_CLIENT && Date.now() < deadline; n++) {
        const id = `fault-${i}-${n}-${randomBytes(4).toString('hex')}`;
        while (Date.now() < deadline) {
          if (!s.socket.connected) {
            await sleep(100);
            continue;
          }
          const answer = await call(s.socket, 'message:send', { roomId, clientId: id, body: `Message ${n} du client ${i}` }).catch(
            () => null,
          );
          if (answer?.ok) {
            s.acked.add(id);
            break;
          }
          await sleep(answer && !answer.ok && answer.error.code === 'rate_limited' ? 1000 : 100);
        }
        await sleep(150);
      }
    });
    await sleep(500);
    await b.kill('SIGKILL');
    await sleep(300);
    await b.start();
    await Promise.all(sending);
    await sleep(1500);

    const rows: { client_id: string; seq: number; id: string }[] = await db.query(
      `SELECT client_id, seq, id FROM room_messages WHERE room_id = $1 ORDER BY seq`,
      [roomId],
    );
    const acked = senders.flatMap((s) => [...s.acked]);
    expect(acked).toHaveLength(senders.length * PER_CLIENT);
    for (const id of acked) expect(rows.filter((r) => r.client_id === id)).toHaveLength(1);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    // Every client caught up: it has every message of the room.
    for (const s of senders) {
      const missing = rows.filter((r) => !s.seen.has(r.id));
      expect(missing).toEqual([]);
    }
  }, 90_000);
});
