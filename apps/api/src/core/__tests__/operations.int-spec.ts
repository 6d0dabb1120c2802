import { io } from 'socket.io-client';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp } from '../../../test-support/fixtures';

describe('operations: health, metrics, OpenAPI, socket.io handshake', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database in /api/health', async () => {
    const res = await (await t.client()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', redis: 'not_configured' });
  });

  it('exposes Prometheus metrics including request timings per route', async () => {
    const client = await t.client();
    await client.get('/api/organisations').expect(200);
    const res = await client.get('/api/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/polyphony_http_request_duration_seconds_count\{method="GET",route="\/api\/organisations",status="200"\} \d+/);
  });

  it('publishes OpenAPI with request schemas taken from the contracts', async () => {
    const res = await (await t.client()).get('/api/docs-json').expect(200);
    const register = res.body.paths['/api/auth/register'].post;
    const schema = register.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'password', 'category', 'country', 'acceptPrivacy']));
    expect(schema.properties.category.enum).toContain('diaspora');
  });

  it('answers unknown API routes with the error shape and a request id', async () => {
    const res = await (await t.client('ca')).get('/api/nothing-here').expect(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', message: 'No hem trobat el que busques.' });
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('authenticates socket.io connections with the session cookie', async () => {
    const { email } = await signUp(t, { displayName: 'Socket Person' });
    const login = await (await t.client()).post('/api/auth/login', { email, password: PASSWORD }).expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const whoami = async (headers: Record<string, string>) => {
      const socket = io(`http://127.0.0.1:${port}`, {
        path: '/api/socket.io',
        transports: ['websocket'],
        extraHeaders: headers,
        reconnection: false,
      });
      try {
        return await socket.timeout(5000).emitWithAck('session:whoami');
      } finally {
        socket.disconnect();
      }
    };
    expect(await whoami({ cookie })).toEqual({ user: expect.objectContaining({ id: login.body.id, displayName: 'Socket Person' }) });
    expect(await whoami({})).toEqual({ user: null });
  });
});
