import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp } from '../../../test-support/fixtures';

describe('my account: profile, export, deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('edits the profile; leaving the diaspora category clears the territory of origin', async () => {
    const { client } = await signUp(t, { category: 'diaspora', originTerritory: 'Bogotá' });
    const res = await client
      .patch('/api/me', { displayName: 'Camilo R.', preferredLanguage: 'es', category: 'academia', country: 'CO' })
      .expect(200);
    expect(res.body).toMatchObject({
      displayName: 'Camilo R.',
      preferredLanguage: 'es',
      category: 'academia',
      country: 'CO',
      originTerritory: null,
    });
    const bad = await client.patch('/api/me', { role: 'admin' }).expect(422);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'role', code: 'unknown_field' })]);
  });

  it('exports everything held about me as a JSON download, without secrets', async () => {
    const { client, email } = await signUp(t);
    await client.post('/api/organisations', { name: 'Casal dels Infants (test)', category: 'civil_society', country: 'ES' }).expect(201);
    const res = await client.get('/api/me/export').expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="polyphony-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = JSON.parse(res.text);
    expect(data.profile.email).toBe(email);
    expect(data.memberships).toEqual([
      expect.objectContaining({
        role: 'admin',
        status: 'active',
        organisation: expect.objectContaining({ name: 'Casal dels Infants (test)' }),
      }),
    ]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/argon2|passwordHash|token_hash/);
  });

  it('deletes the account after the password is confirmed: identity erased, row pseudonymised, sign-in impossible', async () => {
    const { client, id, email } = await signUp(t, { displayName: 'To Be Forgotten', category: 'diaspora', originTerritory: 'Tunis' });
    await client.delete('/api/me', { password: 'not-the-password' }).expect(422);
    await client.delete('/api/me', { password: PASSWORD }).expect(204);
    await client.get('/api/me').expect(401);
    const [row] = await t.db.query(
      'SELECT email, password_hash, display_name, origin_territory, category, pseudonymised_at FROM users WHERE id = $1',
      [id],
    );
    expect(row).toMatchObject({ email: null, password_hash: null, origin_territory: null, category: 'diaspora' });
    expect(row.display_name).toMatch(/^#[0-9A-F]{6}$/);
    expect(row.pseudonymised_at).not.toBeNull();
    const again = await t.client();
    await again.post('/api/auth/login', { email, password: PASSWORD }).expect(401);
    expect(await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id])).toEqual([{ n: 0 }]);
  });
});
