import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';
import { hashToken } from '../../auth/sessions.service';
import { SESSION_COOKIE } from '../auth/cookies';
import { ApiProcess, assertBuilt, freePort } from '../../../test-support/api-process';
import { cloneTestDatabase } from '../../../test-support/test-database';

const LIMIT = 5;
const LEASE_SECONDS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Attempt = { socket: Socket; refused?: undefined } | { socket?: undefined; refused: { code: string; message: string } };

const opened: Socket[] = [];

/** A real socket.io client handshake with the person's session cookie: connected, or refused with the server's reason. */
function attempt(port: number, cookie: string, lang = 'fr'): Promise<Attempt> {
  const socket = io(`http://127.0.0.1:${port}`, {
    path: '/api/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie },
    auth: { lang },
    reconnection: false,
    forceNew: true,
  });
  opened.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) =>
      resolve({ refused: error.data ?? { code: error.message, message: error.message } }),
    );
  });
}

async function leases(db: DataSource, userId: string): Promise<number> {
  const [row]: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM socket_leases WHERE user_id = $1 AND expires_at > clock_timestamp()`,
    [userId],
  );
  return row.n;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** A browser without cookies of its own: a CSRF cookie and token from `port`, valid on every process. */
async function anonymousBrowser(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { token } = (await res.json()) as { token: string };
  return (to: number, path: string, body: object) =>
    fetch(`http://127.0.0.1:${to}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json', 'accept-language': 'ca' },
      body: JSON.stringify(body),
    });
}

/**
 * Limits hold for every API process together (two real `node apps/api/dist/main.js` on one
 * database). SOCKETS_PER_USER: handshakes at once never take more places than the limit, a closed
 * socket gives its place back, and a process killed with SIGKILL gives back its sockets' places
 * once their lease runs out. The login throttle counts wrong passwords sent to either process.
 */
describe('limits shared by every API process', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let a: ApiProcess;
  let b: ApiProcess;
  let person: { id: string; cookie: string };

  beforeAll(async () => {
    assertBuilt();
    const database = await cloneTestDatabase();
    drop = database.drop;
    db = createDataSource(database.url);
    await db.initialize();
    const [user] = await db.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at, privacy_consent_version)
       VALUES ($1, 'Nadia Benali', 'fr', 'diaspora', 'MA', 'participant', now(), 'test') RETURNING id`,
      [`sockets-${randomBytes(3).toString('hex')}@example.org`],
    );
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`,
      [hashToken(token), user.id],
    );
    person = { id: user.id, cookie: `${SESSION_COOKIE}=${token}` };
    const env = { SOCKETS_PER_USER: String(LIMIT), SOCKET_LEASE_SECONDS: String(LEASE_SECONDS), JOBS_ENABLED: 'false' };
    a = new ApiProcess(await freePort(), database.url, env);
    b = new ApiProcess(await freePort(), database.url, env);
    await Promise.all([a.start(), b.start()]);
  }, 60_000);

  afterAll(async () => {
    for (const s of opened) s.disconnect();
    await Promise.all([a, b].filter((p) => p?.running).map((p) => p.kill('SIGTERM')));
    await db?.destroy();
    await drop?.();
  });

  it('30 parallel wrong logins on one account, half to each process: exactly LOGIN_MAX_FAILURES are checked', async () => {
    const email = `shared-${randomBytes(3).toString('hex')}@example.org`;
    const registering = await anonymousBrowser(a.port);
    const registered = await registering(a.port, '/api/auth/register', {
      email,
      password: 'correct-horse-battery',
      displayName: 'Jordi Puig',
      preferredLanguage: 'ca',
      category: 'resident',
      country: 'ES',
      acceptPrivacy: true,
    });
    expect(registered.status).toBe(201);
    const guessing = await anonymousBrowser(b.port);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        guessing(i % 2 ? b.port : a.port, '/api/auth/login', { email, password: `wrong-${i}-password` }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  });

  it('12 handshakes at once, half on each process, take exactly the limit of 5 places; the others are told why', async () => {
    const attempts = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(i % 2 ? b.port : a.port, person.cookie, 'es')));
    const connected = attempts.filter((x) => x.socket);
    expect(connected).toHaveLength(LIMIT);
    const refused = attempts.filter((x) => x.refused).map((x) => x.refused);
    expect(refused).toHaveLength(12 - LIMIT);
    for (const r of refused)
      expect(r).toMatchObject({ code: 'too_many_connections', message: expect.stringMatching(/^Demasiadas conexiones/) });
    expect(await leases(db, person.id)).toBe(LIMIT);
  });

  it('a socket that closes gives its place back, to be taken on the other process', async () => {
    const mine = opened.filter((s) => s.connected);
    expect(mine).toHaveLength(LIMIT);
    // Which process won the places is a race (on a loaded machine one may win them all): close one on A if any.
    const onPort = (port: number) => mine.filter((s) => (s.io as unknown as { uri: string }).uri.endsWith(`:${port}`));
    const [closing, other] = onPort(a.port).length > 0 ? [a, b] : [b, a];
    onPort(closing.port)[0].disconnect();
    await until(async () => (await leases(db, person.id)) === LIMIT - 1, 2000);
    expect((await attempt(other.port, person.cookie)).socket).toBeTruthy();
    expect((await attempt(other.port, person.cookie)).refused).toMatchObject({ code: 'too_many_connections' });
    expect((await attempt(closing.port, person.cookie)).refused).toMatchObject({ code: 'too_many_connections' });
  });

  it('the places of a process killed with SIGKILL come back once its leases run out, not before', async () => {
    expect(await leases(db, person.id)).toBe(LIMIT);
    const bSockets = opened.filter((s) => s.connected && (s.io as unknown as { uri: string }).uri.endsWith(`:${b.port}`));
    expect(bSockets.length).toBeGreaterThan(0);
    await b.kill('SIGKILL');
    const killedAt = Date.now();
    // The killed process never said goodbye: its places are still held for now.
    expect((await attempt(a.port, person.cookie)).refused).toMatchObject({ code: 'too_many_connections' });
    // A live process keeps renewing its own sockets' leases, so only the killed one's run out.
    await until(async () => (await leases(db, person.id)) === LIMIT - bSockets.length, (LEASE_SECONDS + 2) * 1000);
    const freedAfter = Date.now() - killedAt;
    expect(freedAfter).toBeLessThan((LEASE_SECONDS + 2) * 1000);
    const again = await Promise.all(Array.from({ length: bSockets.length + 2 }, () => attempt(a.port, person.cookie)));
    expect(again.filter((x) => x.socket)).toHaveLength(bSockets.length);
    expect(await leases(db, person.id)).toBe(LIMIT);
    // Live sockets on A outlived several lease periods: renewed, they still hold their places.
    await sleep(LEASE_SECONDS * 1000 + 500);
    expect(await leases(db, person.id)).toBe(LIMIT);
    expect((await attempt(a.port, person.cookie)).refused).toMatchObject({ code: 'too_many_connections' });
  }, 30_000);

  it('leases the database lost (cleared as expired after an outage longer than a lease) are put back by the live process', async () => {
    expect(await leases(db, person.id)).toBe(LIMIT);
    await db.query(`DELETE FROM socket_leases WHERE user_id = $1`, [person.id]);
    await until(async () => (await leases(db, person.id)) === LIMIT, LEASE_SECONDS * 1000);
    expect((await attempt(a.port, person.cookie)).refused).toMatchObject({ code: 'too_many_connections' });
  });
});
