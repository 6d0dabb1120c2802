import request from 'supertest';
import { io } from 'socket.io-client';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp } from '../../../test-support/fixtures';
import { port } from '../../rooms/__tests__/room-test-kit';

const cookiesOf = (res: request.Response) =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map((c) => c.split(';')[0]);

/**
 * CSRF tokens bound to the session, Origin/Referer checked on every mutating request and on the
 * socket.io handshake, and cookies Secure (with the __Host- prefix) exactly when the request came
 * over https. Started as `npm start` starts it (NODE_ENV=production) behind a trusted proxy.
 */
describe('CSRF, Origin and cookies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());
  const server = () => t.app.getHttpServer();

  it('refuses a self-chosen value sent as both cookie and header', async () => {
    const chosen = 'a'.repeat(43);
    const res = await request(server())
      .post('/api/auth/login')
      .set('Cookie', `polyphony_csrf=${chosen}`)
      .set('X-CSRF-Token', chosen)
      .send({ email: 'a@example.org', password: 'whatever-password' });
    expect([res.status, res.body.error.code]).toEqual([403, 'csrf_invalid']);
  });

  it('binds the token to the session: a token of one session does not work with another, and sign-in hands out the new one', async () => {
    const alice = await signUp(t);
    const bob = await signUp(t);
    const aliceToken = (await alice.client.get('/api/auth/csrf')).body.token;
    const bobCookies = (bob.client.agent as unknown as { jar: { getCookies: (o: object) => { toValueString(): string }[] } }).jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map((c) => c.toValueString())
      .join('; ');
    const forged = await request(server())
      .patch('/api/me')
      .set('Cookie', bobCookies)
      .set('X-CSRF-Token', aliceToken)
      .send({ displayName: 'Pirate' });
    expect([forged.status, forged.body.error.code]).toEqual([403, 'csrf_invalid']);
    // The anonymous token stops working once signed in; the login answer carries the new one.
    const client = request.agent(server());
    const anonymous = (await client.get('/api/auth/csrf')).body.token;
    const login = await client
      .post('/api/auth/login')
      .set('X-CSRF-Token', anonymous)
      .send({ email: alice.email, password: PASSWORD })
      .expect(200);
    expect((await client.patch('/api/me').set('X-CSRF-Token', anonymous).send({ displayName: 'Alice' })).status).toBe(403);
    await client.patch('/api/me').set('X-CSRF-Token', login.headers['x-csrf-token']).send({ displayName: 'Alice' }).expect(200);
  });

  it('refuses mutating requests from another site (Origin, else Referer), even with a valid token', async () => {
    const { client } = await signUp(t);
    const token = (await client.get('/api/auth/csrf')).body.token;
    const patch = () => client.agent.patch('/api/me').set('X-CSRF-Token', token).set('Accept-Language', 'en');
    const evil = await patch().set('Origin', 'http://evil.example').send({ displayName: 'Evil' });
    expect([evil.status, evil.body.error]).toEqual([
      403,
      expect.objectContaining({ code: 'origin_forbidden', message: 'This request came from another site and was refused.' }),
    ]);
    expect((await patch().set('Referer', 'http://evil.example/page').send({ displayName: 'Evil' })).status).toBe(403);
    const host = `127.0.0.1:${port(t)}`;
    await patch().set('Origin', `http://${host}`).send({ displayName: 'Same site' }).expect(200);
    await patch()
      .set('Origin', 'https://polyphony.example.org')
      .set('X-Forwarded-Host', 'polyphony.example.org')
      .send({ displayName: 'Proxied' })
      .expect(200);
  });

  it('refuses a socket.io handshake from another site', async () => {
    const open = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const socket = io(`http://127.0.0.1:${port(t)}`, {
          path: '/api/socket.io',
          transports: ['websocket'],
          reconnection: false,
          extraHeaders: { Origin: origin },
        });
        socket.once('connect', () => (socket.disconnect(), resolve(true)));
        socket.once('connect_error', () => resolve(false));
      });
    expect(await open('http://evil.example')).toBe(false);
    expect(await open(`http://127.0.0.1:${port(t)}`)).toBe(true);
  });

  it('sets Secure __Host- cookies over https (through the trusted proxy) and plain ones over http, and both sign in', async () => {
    for (const https of [true, false]) {
      const agent = request.agent(server());
      const proto = (r: request.Test) => (https ? r.set('X-Forwarded-Proto', 'https') : r);
      const csrf = await proto(agent.get('/api/auth/csrf'));
      expect(csrf.headers['set-cookie'][0]).toMatch(
        https ? /^__Host-polyphony_csrf=.*; Path=\/; HttpOnly; Secure; SameSite=Lax/ : /^polyphony_csrf=(?!.*Secure)/,
      );
      const { email } = await signUp(t);
      const login = await proto(agent.post('/api/auth/login'))
        .set('Cookie', cookiesOf(csrf).join('; '))
        .set('X-CSRF-Token', csrf.body.token)
        .send({ email, password: PASSWORD })
        .expect(200);
      const session = cookiesOf(login).find((c) => c.includes('polyphony_sid'))!;
      expect(session.startsWith(https ? '__Host-polyphony_sid=' : 'polyphony_sid=')).toBe(true);
      const me = await proto(request(server()).get('/api/me')).set('Cookie', session).expect(200);
      expect(me.headers['cache-control']).toBe('no-store');
      // A session cookie under the other scheme's name is not read.
      const other = session.replace(/^(__Host-)?polyphony_sid/, https ? 'polyphony_sid' : '__Host-polyphony_sid');
      await proto(request(server()).get('/api/me')).set('Cookie', other).expect(401);
    }
  });

  it('says when the browser did not keep the cookies (blocked, or Secure cookies over plain http), in the reader’s language', async () => {
    // Cookies blocked: the page holds a token from /api/auth/csrf, but no cookie comes back with it.
    const { token } = (await request(server()).get('/api/auth/csrf')).body as { token: string };
    const blocked = await request(server())
      .post('/api/auth/login')
      .set('Accept-Language', 'es')
      .set('X-CSRF-Token', token)
      .send({ email: 'a@example.org', password: 'whatever-password' });
    expect([blocked.status, blocked.body.error.code]).toEqual([403, 'cookies_missing']);
    expect(blocked.body.error.message).toMatch(/^Tu navegador no ha devuelto las cookies de este sitio/);
    // COOKIE_SECURE=true on a server opened as http://: the client's jar, like a browser, keeps no Secure cookie from http.
    const forced = await startTestApp({ NODE_ENV: 'production', COOKIE_SECURE: 'true' });
    try {
      const browser = await forced.client('fr');
      const login = await browser.post('/api/auth/login', { email: 'a@example.org', password: 'whatever-password' });
      expect([login.status, login.body.error.code]).toEqual([403, 'cookies_missing']);
      expect(login.body.error.message).toMatch(/^Votre navigateur n’a pas renvoyé les cookies de ce site/);
    } finally {
      await forced.close();
    }
    // A request with no token at all is still a plain CSRF failure.
    const bare = await request(server()).post('/api/auth/login').send({ email: 'a@example.org', password: 'whatever-password' });
    expect([bare.status, bare.body.error.code]).toEqual([403, 'csrf_invalid']);
  });
});
