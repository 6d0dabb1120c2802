import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp, signUpAs } from '../../../test-support/fixtures';

describe('administration of people: blocking, role changes, the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('blocking ends every session, refuses sign-in, keeps the reason; unblocking lets them back', async () => {
    const admin = await signUpAs(t, 'admin');
    const person = await signUp(t);
    const secondDevice = await t.client();
    await secondDevice.post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(200);
    const res = await admin.client.post(`/api/users/${person.id}/block`, { reason: 'Repeated insults in rooms' }).expect(201);
    expect(res.body).toMatchObject({ id: person.id, blockedReason: 'Repeated insults in rooms', blockedAt: expect.any(String) });
    await person.client.get('/api/me').expect(401);
    await secondDevice.get('/api/me').expect(401);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [person.id])).toEqual([{ n: 0 }]);
    const refused = await (await t.client('en')).post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(403);
    expect(refused.body.error).toMatchObject({ code: 'auth.account_blocked', message: expect.stringContaining('blocked') });
    // A sign-in link cannot be issued for a blocked account either.
    await admin.client.post(`/api/admin/users/${person.id}/link`, { purpose: 'sign_in' }).expect(409);

    await admin.client.delete(`/api/users/${person.id}/block`).expect(200);
    await (await t.client()).post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(200);
    const log = await admin.client.get(`/api/admin/audit?actor=${admin.id}`).expect(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['user.unblocked', 'user.blocked']);
    expect(log.body.items[1]).toMatchObject({
      actor: { id: admin.id, displayName: 'Laia Ferrer' },
      target: { id: person.id },
      details: { reason: 'Repeated insults in rooms' },
    });
  });

  it('only admins block, never themselves, and a reason is required', async () => {
    const admin = await signUpAs(t, 'admin');
    const official = await signUpAs(t, 'official');
    const participant = await signUp(t);
    const target = await signUp(t);
    await participant.client.post(`/api/users/${target.id}/block`, { reason: 'No reason at all' }).expect(403);
    await official.client.post(`/api/users/${target.id}/block`, { reason: 'No reason at all' }).expect(403);
    await admin.client.post(`/api/users/${admin.id}/block`, { reason: 'Locking myself out' }).expect(403);
    const missing = await admin.client.post(`/api/users/${target.id}/block`, {}).expect(422);
    expect(missing.body.error.fields[0]).toMatchObject({ path: 'reason', code: 'required' });
    await target.client.get('/api/me').expect(200);
  });

  it('role changes are audit-logged with before and after; the log filters by actor, action and dates', async () => {
    const admin = await signUpAs(t, 'admin');
    await t.db.query(`UPDATE users SET display_name = 'Núria Admin' WHERE id = $1`, [admin.id]);
    const person = await signUp(t);
    await admin.client.put(`/api/users/${person.id}/role`, { role: 'official' }).expect(200);
    await admin.client.put(`/api/users/${person.id}/role`, { role: 'official' }).expect(200); // no change, no entry
    const byName = await admin.client.get(`/api/admin/audit?actor=${encodeURIComponent('núria')}&action=user.role_changed`).expect(200);
    expect(byName.body.items).toHaveLength(1);
    expect(byName.body.items[0]).toMatchObject({ target: { id: person.id }, details: { from: 'participant', to: 'official' } });
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await admin.client.get(`/api/admin/audit?actor=${admin.id}&from=${today}&to=${today}`).expect(200)).body.items).toHaveLength(1);
    expect((await admin.client.get(`/api/admin/audit?actor=${admin.id}&from=${tomorrow}`).expect(200)).body.items).toHaveLength(0);
    expect((await admin.client.get(`/api/admin/audit?action=user.blocked&actor=${admin.id}`).expect(200)).body.items).toHaveLength(0);
    await admin.client.get('/api/admin/audit?action=user.exploded').expect(422);
  });
});
