import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, registration, signUp, uniqueEmail } from '../../../test-support/fixtures';

describe('accounts: register, log in, log out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('registers a diaspora member, signs them in, and remembers the territory of origin', async () => {
    const client = await t.client();
    const body = registration({ email: 'Aminata.Diop@Example.org', category: 'diaspora', country: 'es', originTerritory: 'Dakar' });
    const res = await client.post('/api/auth/register', body).expect(201);
    expect(res.body).toMatchObject({
      email: 'aminata.diop@example.org',
      category: 'diaspora',
      country: 'ES',
      originTerritory: 'Dakar',
      role: 'participant',
    });
    expect(res.get('Set-Cookie')?.join(';')).toMatch(/polyphony_sid=.*HttpOnly.*SameSite=Lax/i);
    const me = await client.get('/api/me').expect(200);
    expect(me.body.id).toBe(res.body.id);
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses bad input with every field at fault, in the reader’s language, and stores nothing', async () => {
    const client = await t.client('es');
    const res = await client
      .post('/api/auth/register', {
        email: 'not-an-email',
        password: 'short',
        displayName: 'Al',
        preferredLanguage: 'de',
        category: 'official',
        country: 'XX',
        surprise: true,
      })
      .expect(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toBe('Algunos campos requieren tu atención.');
    const byPath = Object.fromEntries(res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]));
    expect(byPath).toEqual({
      email: 'invalid_email',
      password: 'password_weak',
      preferredLanguage: 'invalid_option',
      category: 'invalid_option',
      country: 'invalid_country',
      acceptPrivacy: 'required',
      surprise: 'unknown_field',
    });
    expect(res.body.requestId).toEqual(expect.any(String));
    expect(await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'not-an-email'`)).toEqual([{ n: 0 }]);
  });

  it('does not create a second account on the same e-mail', async () => {
    const first = await signUp(t);
    const client = await t.client('en');
    const res = await client.post('/api/auth/register', registration({ email: first.email.toUpperCase() })).expect(409);
    expect(res.body.error.code).toBe('auth.email_taken');
    // The problem sits on the e-mail field with its own message (the web form shows it there).
    expect(res.body.error.fields).toEqual([
      { path: 'email', code: 'email_taken', message: 'An account already uses this e-mail address: sign in, or choose another address.' },
    ]);
  });

  it('an empty registration names each missing field as required, as the web form does before sending', async () => {
    const client = await t.client('fr');
    const res = await client
      .post('/api/auth/register', {
        email: '',
        password: '',
        displayName: '',
        preferredLanguage: 'fr',
        category: '',
        country: '',
        acceptPrivacy: false,
      })
      .expect(422);
    const byPath = Object.fromEntries(res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]));
    expect(byPath).toEqual({
      email: 'required',
      password: 'password_weak',
      displayName: 'required',
      category: 'required',
      country: 'required',
      acceptPrivacy: 'required',
    });
  });

  it('logs in and out; the session is gone server-side after logout', async () => {
    const { email } = await signUp(t);
    const client = await t.client();
    await client.post('/api/auth/login', { email, password: PASSWORD }).expect(200);
    await client.get('/api/me').expect(200);
    await client.post('/api/auth/logout').expect(204);
    const res = await client.get('/api/me').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('answers the same for an unknown e-mail and a wrong password (no account enumeration)', async () => {
    const { email } = await signUp(t);
    const client = await t.client('fr');
    const wrong = await client.post('/api/auth/login', { email, password: 'wrong-password-1' }).expect(401);
    const unknown = await client.post('/api/auth/login', { email: uniqueEmail('ghost'), password: 'wrong-password-1' }).expect(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.message).toBe("L'adresse e-mail ou le mot de passe est incorrect.");
  });

  it('throttles failed logins per account and client, even with the right password afterwards from that client', async () => {
    const { email } = await signUp(t);
    const client = await t.client();
    for (let i = 0; i < 3; i++) await client.post('/api/auth/login', { email, password: `wrong-${i}-password` }).expect(401);
    const res = await client.post('/api/auth/login', { email, password: PASSWORD }).expect(429);
    expect(res.body.error.code).toBe('auth.login_throttled');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses any non-GET request without the CSRF token, and with a wrong one', async () => {
    const client = await t.client();
    await client.agent.post('/api/auth/login').send({ email: 'a@example.org', password: 'x' }).expect(403);
    const res = await client.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', 'x'.repeat(43))
      .send({ email: 'a@example.org', password: 'x' })
      .expect(403);
    expect(res.body.error.code).toBe('csrf_invalid');
  });

  it('refuses malformed JSON, non-JSON bodies and bodies over 1 MB with the error shape', async () => {
    const client = await t.client('en');
    const malformed = await client.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'malformed_json']);
    const text = await client.post('/api/auth/login').set('Content-Type', 'text/plain').send('hello');
    expect([text.status, text.body.error.code]).toEqual([415, 'unsupported_media_type']);
    const big = await client.post('/api/auth/login', { email: 'a@example.org', password: 'x'.repeat(1_100_000) });
    expect([big.status, big.body.error.code]).toEqual([413, 'payload_too_large']);
    const types = await client.post('/api/auth/login', { email: 42, password: ['x'] }).expect(422);
    expect(types.body.error.fields.map((f: { code: string }) => f.code)).toEqual(['invalid_type', 'invalid_type']);
  });

  it('changes the password: the old one stops working and other sessions are signed out', async () => {
    const { client, email } = await signUp(t);
    const other = await t.client();
    await other.post('/api/auth/login', { email, password: PASSWORD }).expect(200);
    const wrong = await client
      .post('/api/me/password', { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' })
      .expect(422);
    expect(wrong.body.error.code).toBe('auth.wrong_password');
    await client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' }).expect(204);
    await client.get('/api/me').expect(200);
    await other.get('/api/me').expect(401);
    const fresh = await t.client();
    await fresh.post('/api/auth/login', { email, password: PASSWORD }).expect(401);
    await fresh.post('/api/auth/login', { email, password: 'a-brand-new-password' }).expect(200);
  });

  it('stores passwords as argon2id hashes only', async () => {
    const { id } = await signUp(t);
    const [row] = await t.db.query('SELECT password_hash FROM users WHERE id = $1', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });
});
