import { EnvError, loadEnv } from '../../core/config/env';
import type { ApiClient } from '../../../test-support/api-client';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp, signUpAs } from '../../../test-support/fixtures';
import { CookieJar, startOidcProvider, type TestOidcProvider } from '../../../test-support/oidc';

const PUBLIC = 'http://polyphony.test';

describe('single sign-on with OpenID Connect (a real provider: oidc-provider)', () => {
  let t: TestApp;
  let provider: TestOidcProvider;
  beforeAll(async () => {
    provider = await startOidcProvider(`${PUBLIC}/api/auth/oidc/callback`);
    t = await startTestApp({
      PUBLIC_URL: PUBLIC,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_LABEL: 'City staff',
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  /** Leaves for the provider, signs in there as `login`, and comes back to the callback. */
  async function signIn(client: ApiClient, login: string, next = '/consultations') {
    const start = await client.get(`/api/auth/oidc/login?next=${encodeURIComponent(next)}`).expect(303);
    expect(start.headers.location.startsWith(provider.issuer)).toBe(true);
    expect(start.headers.location).toContain('code_challenge_method=S256');
    const jar = new CookieJar();
    let res = await jar.fetch(start.headers.location);
    let location = new URL(res.headers.get('location')!, provider.issuer).href;
    res = await jar.fetch(location);
    expect(await res.text()).toContain('City identity provider');
    res = await jar.fetch(location, {
      method: 'POST',
      body: new URLSearchParams({ login }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    for (let hops = 0; hops < 10 && res.status >= 300 && res.status < 400; hops++) {
      location = new URL(res.headers.get('location')!, provider.issuer).href;
      if (location.startsWith(PUBLIC)) break;
      res = await jar.fetch(location);
    }
    expect(location.startsWith(`${PUBLIC}/api/auth/oidc/callback?`)).toBe(true);
    const back = new URL(location);
    return client.get(back.pathname + back.search).expect(303);
  }

  it('says single sign-on is offered, with its label', async () => {
    expect((await (await t.client()).get('/api/auth/sso').expect(200)).body).toEqual({ enabled: true, label: 'City staff' });
  });

  it('a new staff member signs in: an account is created, verified, in the provider’s language', async () => {
    const client = await t.client();
    const back = await signIn(client, 'marta.soler@city.example');
    expect(back.headers.location).toBe('/consultations');
    const me = (await client.get('/api/me').expect(200)).body;
    expect(me).toMatchObject({
      email: 'marta.soler@city.example',
      displayName: 'Marta Soler',
      emailVerified: true,
      preferredLanguage: 'ca',
      role: 'participant',
    });
    // The second time, the same account (found by its subject).
    const again = await t.client();
    await signIn(again, 'marta.soler@city.example');
    expect((await again.get('/api/me').expect(200)).body.id).toBe(me.id);
  });

  it('on first sign-in the new account is asked to consent and complete its profile, then again on a new privacy notice', async () => {
    const client = await t.client('ca');
    await signIn(client, 'nuria.pla@city.example');
    const status = (await client.get('/api/consent').expect(200)).body;
    expect(status).toMatchObject({ required: true, completeProfile: true });
    // Until then, it reads but writes nothing (the reason in the reader's language).
    const blocked = await client
      .post('/api/organisations', { name: 'Consell Comarcal', category: 'public_institution', country: 'AD' })
      .expect(403);
    expect(blocked.body.error).toMatchObject({ code: 'auth.consent_required', message: expect.stringMatching(/privadesa/) });
    // Accepting without the profile is refused on the field; with it, both are saved together.
    const refused = await client.post('/api/consent', { version: status.version, accept: true }).expect(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'profile', code: 'required', message: expect.any(String) }),
    ]);
    await client
      .post('/api/consent', {
        version: status.version,
        accept: true,
        profile: { displayName: 'Núria Pla', category: 'public_institution', country: 'AD', preferredLanguage: 'es' },
      })
      .expect(201);
    expect((await client.get('/api/me').expect(200)).body).toMatchObject({
      displayName: 'Núria Pla',
      category: 'public_institution',
      country: 'AD',
      preferredLanguage: 'es',
    });
    expect((await client.get('/api/consent').expect(200)).body).toMatchObject({ required: false, completeProfile: false });
    await client.post('/api/organisations', { name: 'Consell Comarcal', category: 'public_institution', country: 'AD' }).expect(201);

    // The admins publish a new privacy notice: asked again, without the profile this time.
    const admin = await signUpAs(t, 'admin');
    await admin.client.put('/api/public-texts/privacy', { body: { ca: 'Nou avís de privadesa.' } }).expect(200);
    const renewed = (await client.get('/api/consent').expect(200)).body;
    expect(renewed).toMatchObject({ required: true, completeProfile: false });
    await client.post('/api/consent', { version: renewed.version, accept: true }).expect(201);
    expect((await client.get('/api/consent').expect(200)).body.required).toBe(false);
  });

  it('links an existing account by its verified e-mail address', async () => {
    const official = await signUpAs(t, 'official');
    const client = await t.client();
    await signIn(client, official.email);
    const me = (await client.get('/api/me').expect(200)).body;
    expect(me).toMatchObject({ id: official.id, role: 'official' });
    const [row] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [official.id]);
    expect(row.oidc_subject).toBe(`${provider.issuer}|${official.email}`); // issuer|subject
    // The password still works too.
    await (await t.client()).post('/api/auth/login', { email: official.email, password: PASSWORD }).expect(200);
  });

  it('refuses to link an account when the provider does not vouch for the address, and blocked accounts', async () => {
    const person = await signUp(t, { email: `unverified-${Date.now()}@example.org` });
    const client = await t.client();
    const refused = await signIn(client, person.email);
    expect(refused.headers.location).toBe('/login?sso=failed');
    await client.get('/api/me').expect(401);

    const admin = await signUpAs(t, 'admin');
    const blocked = await signUp(t);
    await admin.client.post(`/api/users/${blocked.id}/block`, { reason: 'Left the city staff' }).expect(201);
    const blockedClient = await t.client();
    expect((await signIn(blockedClient, blocked.email)).headers.location).toBe('/login?sso=blocked');
    await blockedClient.get('/api/me').expect(401);
  });

  it.each(['//evil.example/steal', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'never returns to another site after signing in: next=%s goes to the home page',
    async (next) => {
      const back = await signIn(await t.client(), 'marta.soler@city.example', next);
      expect(back.headers.location).toBe('/');
    },
  );

  /** The `next` the login route keeps in its pending cookie for the callback. */
  const pendingNext = (res: { headers: Record<string, unknown> }) => {
    const cookie = [res.headers['set-cookie'] ?? []].flat().find((c) => String(c).startsWith('polyphony_oidc='));
    return JSON.parse(Buffer.from(String(cookie).split(';')[0].slice('polyphony_oidc='.length), 'base64url').toString('utf8')).next;
  };

  it('keeps a path of this site (cut at 500 characters), drops a repeated next, ignores other parameters', async () => {
    const client = await t.client('es');
    expect(pendingNext(await client.get('/api/auth/oidc/login?next=%2Fplans%3Fx%3D1').expect(303))).toBe('/plans?x=1');
    expect(pendingNext(await client.get(`/api/auth/oidc/login?next=/${'a'.repeat(600)}`).expect(303))).toBe(`/${'a'.repeat(499)}`);
    expect(pendingNext(await client.get('/api/auth/oidc/login?next=/a&next=/b').expect(303))).toBe('/');
    expect(pendingNext(await client.get('/api/auth/oidc/login').expect(303))).toBe('/');
    const shared = await client.get('/api/auth/oidc/login?next=/consultations&utm_source=newsletter&redirect=https://evil.example');
    expect(shared.status).toBe(303);
    expect(pendingNext(shared)).toBe('/consultations');
  });

  it('refuses a callback without the browser’s pending state (forged or replayed)', async () => {
    const res = await (await t.client()).get('/api/auth/oidc/callback?code=forged&state=forged').expect(303);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect([res.headers['set-cookie'] ?? []].flat().join(';')).not.toContain('polyphony_sid=');
  });

  it('the environment needs the issuer, the client id and the secret together', () => {
    expect(() => loadEnv({ OIDC_ISSUER: 'https://login.example.org/realms/staff' })).toThrow(EnvError);
    try {
      loadEnv({ OIDC_ISSUER: 'https://login.example.org/realms/staff', OIDC_CLIENT_ID: 'polyphony' });
    } catch (error) {
      expect((error as Error).message).toContain('OIDC_CLIENT_SECRET');
      expect((error as Error).message).not.toContain('OIDC_CLIENT_ID=');
    }
    expect(loadEnv({}).OIDC_ISSUER).toBeUndefined();
  });
});

describe('without single sign-on configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says so and refuses to start it', async () => {
    const client = await t.client('en');
    expect((await client.get('/api/auth/sso').expect(200)).body).toEqual({ enabled: false, label: null });
    const res = await client.get('/api/auth/oidc/login').expect(404);
    expect(res.body.error.code).toBe('auth.sso_not_configured');
  });
});
