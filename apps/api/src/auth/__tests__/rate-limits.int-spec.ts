import { ROOM_LIMITS } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp } from '../../../test-support/fixtures';
import { RateLimitService } from '../rate-limit.service';
import { call, clientId, closeSockets, connect, openRoom, person } from '../../rooms/__tests__/room-test-kit';
import { submitted } from '../../proposals/__tests__/proposal-kit';

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

/** Every limit holds under N parallel attempts (the probe saw 27 of 10, 10 of 5, 22 of 20 pass). */
describe('rate limits under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    // 40 sockets of one person (the probe's flood): allowed here, so that only the flood limit decides.
    t = await startTestApp({ SOCKETS_PER_USER: '50' });
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  it('the shared limiter lets exactly `limit` of 40 parallel attempts through', async () => {
    const limits = t.app.get(RateLimitService);
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => limits.take('test:parallel', 20, 600)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(20);
    expect(verdicts.find((v) => !v.allowed)?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('30 parallel wrong logins on one account from one client: at most 5 are checked, the rest throttled', async () => {
    const { email } = await signUp(t);
    const client = await t.client('es');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => client.post('/api/auth/login', { email, password: `wrong-${i}-password` })),
    );
    const statuses = answers.map((r) => r.status);
    expect(count(statuses, 401)).toBe(t.env.LOGIN_MAX_FAILURES);
    expect(count(statuses, 429)).toBe(30 - t.env.LOGIN_MAX_FAILURES);
    const throttled = answers.find((r) => r.status === 429)!;
    expect(throttled.body.error.code).toBe('auth.login_throttled');
    expect(throttled.body.error.message).toMatch(/Demasiadas contraseñas incorrectas desde este navegador/);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('someone guessing cannot lock the owner out: the owner signs in from their own browser, only slowed', async () => {
    const { email } = await signUp(t);
    // Guesses from many browsers (each its own user agent) and, past its limit, from one of them.
    const agent = (await t.client()).agent;
    const token = (await agent.get('/api/auth/csrf')).body.token as string;
    const login = (userAgent: string, password: string) =>
      agent.post('/api/auth/login').set('User-Agent', userAgent).set('X-CSRF-Token', token).send({ email, password });
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 6 }, (_, i) => login(`bot-${round}-${i}`, 'not-the-password')));
    }
    const persistent: number[] = [];
    for (let i = 0; i <= t.env.LOGIN_MAX_FAILURES; i++) persistent.push((await login('one-bot', 'not-the-password')).status);
    expect(persistent.slice(-2)).toEqual([401, 429]);
    const started = Date.now();
    const res = await login('Firefox of the owner', PASSWORD);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 90_000);

  it('30 parallel organisation creations by one person: at most 20 are created', async () => {
    const { client } = await signUp(t);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client.post('/api/organisations', { name: `Association ${i}`, category: 'civil_society', country: 'ES' }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(answers.find((r) => r.status !== 201 && r.status !== 429)?.body).toBeUndefined();
    expect(count(statuses, 201)).toBe(20);
    expect(count(statuses, 429)).toBe(10);
  });

  it('30 parallel comments by one person against the limit of 20: exactly 20 are stored, 10 refused with Retry-After', async () => {
    const author = await signUp(t, { category: 'civil_society' });
    const proposal = await submitted(author.client);
    const { client } = await signUp(t);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => client.post(`/api/proposals/${proposal.id}/comments`, { body: `Commentaire ${i}` })),
    );
    const statuses = answers.map((r) => r.status);
    expect(answers.find((r) => r.status !== 201 && r.status !== 429)?.body).toBeUndefined();
    expect(count(statuses, 201)).toBe(20);
    expect(count(statuses, 429)).toBe(10);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const stored: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM proposal_comments WHERE proposal_id = $1`, [
      proposal.id,
    ]);
    expect(stored[0].n).toBe(20);
  });

  it('DELETE /api/me with wrong passwords is limited like password changes (a stolen session cannot guess forever)', async () => {
    const { client } = await signUp(t);
    const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => client.delete('/api/me', { password: `guess-${i}` })));
    const statuses = answers.map((r) => r.status);
    expect(count(statuses, 422)).toBe(10);
    expect(count(statuses, 429)).toBe(4);
    await client.get('/api/me').expect(200);
  });

  it('one person with 40 sockets sending one message each at the same instant stores at most the flood limit', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const speaker = await person(t);
    const sockets = await Promise.all(Array.from({ length: 40 }, () => connect(t, speaker)));
    for (const s of sockets) expect(await call(s, 'room:join', { roomId })).toMatchObject({ ok: true });
    const answers = await Promise.all(
      sockets.map((s, i) => call(s, 'message:send', { roomId, clientId: clientId(), body: `Message ${i}` })),
    );
    const stored: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM room_messages WHERE room_id = $1`, [roomId]);
    expect(stored[0].n).toBe(ROOM_LIMITS.floodMessages);
    expect(answers.filter((a) => a.ok)).toHaveLength(ROOM_LIMITS.floodMessages);
  });
});
