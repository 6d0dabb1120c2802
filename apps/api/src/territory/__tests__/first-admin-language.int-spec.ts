import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { ensureAdmin } from '../../demo/ensure-admin';
import { setupBody } from './setup-body';

/**
 * The admin created at boot on an empty instance is not French by default (issue 14): before setup
 * they speak their browser's language, the setup gives them the territory's, and an admin created
 * once a territory exists starts in its default language and country.
 */
describe('the first admin speaks the language of the setup, not French by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { fresh: true });
  });
  afterAll(() => t.close());

  const signIn = async (lang: string, email: string, password: string) => {
    const client = await t.client(lang);
    await client.post('/api/auth/login', { email, password }).expect(200);
    return client;
  };

  it('follows the browser before setup, then takes the default language and country the setup chose', async () => {
    await ensureAdmin(t.db, { ...t.env, ADMIN_EMAIL: 'first@dakar.example', ADMIN_PASSWORD: 'a-long-first-password' }, () => undefined);
    const [created] = await t.db.query(`SELECT preferred_language, country FROM users WHERE email = 'first@dakar.example'`);
    expect(created.preferred_language).toBe('fr');

    // A browser in English: the wizard and everything after speak English.
    let admin = await signIn('en', 'first@dakar.example', 'a-long-first-password');
    expect((await admin.get('/api/me').expect(200)).body.preferredLanguage).toBe('en');
    admin = await signIn('ca', 'first@dakar.example', 'a-long-first-password');
    expect((await admin.get('/api/me').expect(200)).body.preferredLanguage).toBe('ca');

    // The territory offers Spanish and English only (Spanish by default): Catalan is not offered, so Spanish.
    await admin
      .post(
        '/api/setup',
        setupBody({
          name: { es: 'Región de Dakar', en: 'Dakar Region' },
          description: {},
          country: 'SN',
          timeZone: 'Africa/Dakar',
          languages: ['es', 'en'],
          defaultLanguage: 'es',
          strategicLines: [{ label: { es: 'Cooperación descentralizada' } }],
        }),
      )
      .expect(201);
    expect((await admin.get('/api/me').expect(200)).body).toMatchObject({ preferredLanguage: 'es', country: 'SN' });

    // Once set up, the browser no longer decides: their preference stays.
    const later = await signIn('fr', 'first@dakar.example', 'a-long-first-password');
    expect((await later.get('/api/me').expect(200)).body.preferredLanguage).toBe('es');
  });

  it('an admin created at boot after setup starts in the territory’s default language and country', async () => {
    await t.db.query(`UPDATE users SET role = 'participant' WHERE role = 'admin'`);
    await ensureAdmin(t.db, { ...t.env, ADMIN_EMAIL: 'second@dakar.example', ADMIN_PASSWORD: 'a-long-second-password' }, () => undefined);
    const [created] = await t.db.query(`SELECT preferred_language, country FROM users WHERE email = 'second@dakar.example'`);
    expect(created).toEqual({ preferred_language: 'es', country: 'SN' });
  });
});
