import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp } from '../../../test-support/fixtures';
import { withAdminClient } from '../database/database-admin';
import { call, clientId, closeSockets, connect, ok, openRoom, person } from '../../rooms/__tests__/room-test-kit';

/**
 * The database goes away under load (connections terminated, then refused) and comes back:
 * the API answers 503 with Retry-After and a translated message, never 500; health says the
 * database is down (even for a signed-in caller); and the same process serves again afterwards.
 */
describe('database loss', () => {
  let t: TestApp;
  let name: string;
  const admin = <T>(sql: string) => withAdminClient(process.env.TEST_PG_SERVER!, (c) => c.query(sql) as Promise<T>);
  beforeAll(async () => {
    t = await startTestApp();
    name = String(t.db.options.database ?? new URL(String((t.db.options as { url?: string }).url)).pathname.slice(1));
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    closeSockets();
    await new Promise((r) => setTimeout(r, 200));
    await t.close();
  });

  it('answers 503 (never 500) while connections are cut and refused, reports it in health, and recovers without restart', async () => {
    const { client } = await signUp(t);
    const cookie = (client.agent as unknown as { jar: { getCookies: (o: object) => { toValueString(): string }[] } }).jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map((c) => c.toValueString())
      .join('; ');
    // A socket in a room, to post while the database is gone.
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const socket = await connect(t, official, 'es');
    await ok(socket, 'room:join', { roomId });
    const server = t.app.getHttpServer();
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    let loading = true;
    const worker = async (i: number) => {
      const urls = ['/api/consultations', '/api/me', '/api/organisations', '/api/notifications', '/api/proposals'];
      for (let n = 0; loading && n < 400; n++) {
        const url = urls[(i + n) % urls.length];
        const res = await request(server)
          .get(url)
          .set('Cookie', cookie)
          .set('Accept-Language', 'ca')
          .ok(() => true);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500 && res.status !== 503) bad.push(`${url} -> ${res.status} ${res.text.slice(0, 200)}`);
        if (res.status === 503) {
          if (res.headers['retry-after'] !== '2') bad.push(`${url}: Retry-After ${res.headers['retry-after']}`);
          if (res.body.error?.code !== 'unavailable' || !/no està disponible/.test(res.body.error.message)) bad.push(`${url}: ${res.text}`);
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));

    // Cut every connection of the API a few times under load, then refuse new ones.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    }
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    await new Promise((r) => setTimeout(r, 300));
    const health = await request(server)
      .get('/api/health')
      .set('Cookie', cookie)
      .ok(() => true);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
    const down = await request(server)
      .get('/api/me')
      .set('Cookie', cookie)
      .set('Accept-Language', 'fr')
      .ok(() => true);
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBe('2');
    expect(down.body.error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('indisponible') });
    // Over socket.io too: the same translated 'unavailable', not 'internal'.
    expect(await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'Sin base de datos' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('no está disponible') },
    });

    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    const back = Date.now();
    let me = await request(server)
      .get('/api/me')
      .set('Cookie', cookie)
      .ok(() => true);
    while (me.status !== 200 && Date.now() - back < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      me = await request(server)
        .get('/api/me')
        .set('Cookie', cookie)
        .ok(() => true);
    }
    loading = false;
    await load;
    expect(me.status).toBe(200);
    expect(Date.now() - back).toBeLessThan(2000);
    expect((await request(server).get('/api/health').set('Cookie', cookie)).body).toMatchObject({ database: 'up' });
    expect(bad).toEqual([]);
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect(statuses.get(200)).toBeGreaterThan(0);
  });
});
