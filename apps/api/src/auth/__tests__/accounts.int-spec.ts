import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp, signUpAs } from '../../../test-support/fixtures';
import { linkIn, startSmtp, tokenOf, type TestSmtp } from '../../../test-support/smtp';

const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('accounts by e-mail: verification, forgotten password, change of address (real SMTP server)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://participa.example.org' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const mailTo = (email: string, subject: string) => smtp.waitFor((m) => m.to.includes(email) && m.subject === subject);

  it('registration e-mails a verification link in the person’s language; it works once', async () => {
    const person = await signUp(t, { preferredLanguage: 'es' });
    expect((await person.client.get('/api/me').expect(200)).body.emailVerified).toBe(false);
    const mail = await mailTo(person.email, 'Confirma tu dirección de correo');
    expect(mail.text).toContain('Hola, Laia Ferrer:');
    const link = linkIn(mail.text, '/verify-email');
    expect(link.startsWith('https://participa.example.org/verify-email?token=')).toBe(true);
    const anonymous = await t.client('en');
    await anonymous.post('/api/auth/email/verify', { token: tokenOf(link) }).expect(204);
    expect((await person.client.get('/api/me').expect(200)).body.emailVerified).toBe(true);
    const again = await anonymous.post('/api/auth/email/verify', { token: tokenOf(link) }).expect(410);
    expect(again.body.error).toMatchObject({ code: 'auth.token_invalid', message: expect.stringContaining('no longer valid') });
  });

  it('a forgotten password: same answer for unknown addresses, a one-hour single-use link, every session ends', async () => {
    const person = await signUp(t, { preferredLanguage: 'fr' });
    const other = await t.client();
    await other.post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(200);
    const anonymous = await t.client();

    const unknown = await anonymous.post('/api/auth/password/forgot', { email: 'nobody-here@example.org' }).expect(202);
    const known = await anonymous.post('/api/auth/password/forgot', { email: person.email.toUpperCase() }).expect(202);
    expect(known.body).toEqual(unknown.body);

    const mail = await mailTo(person.email, 'Choisissez un nouveau mot de passe');
    expect(mail.text).toContain('dans l’heure');
    const token = tokenOf(linkIn(mail.text, '/reset-password'));
    const [row] = await t.db.query(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at)::int AS ttl FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`,
      [person.id],
    );
    expect(row.ttl).toBe(3600);
    expect(row.token_hash).not.toContain(token); // only the hash is stored

    await anonymous.post('/api/auth/password/reset', { token, password: NEW_PASSWORD }).expect(204);
    await person.client.get('/api/me').expect(401);
    await other.get('/api/me').expect(401);
    await anonymous.post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(401);
    await anonymous.post('/api/auth/login', { email: person.email, password: NEW_PASSWORD }).expect(200);
    // Reused: refused, and the password stays the one chosen.
    const reused = await (await t.client()).post('/api/auth/password/reset', { token, password: 'attacker-password-1' }).expect(410);
    expect(reused.body.error.code).toBe('auth.token_invalid');
    await (await t.client()).post('/api/auth/login', { email: person.email, password: NEW_PASSWORD }).expect(200);
    expect(smtp.mails.some((m) => m.to.includes('nobody-here@example.org'))).toBe(false);
  });

  it('refuses an expired link and a link issued for something else', async () => {
    const person = await signUp(t, { preferredLanguage: 'ca' });
    const anonymous = await t.client();
    const verifyMail = await mailTo(person.email, 'Confirma la teva adreça electrònica');
    const verifyToken = tokenOf(linkIn(verifyMail.text, '/verify-email'));
    // A verification link is not a reset link.
    await anonymous.post('/api/auth/password/reset', { token: verifyToken, password: NEW_PASSWORD }).expect(410);
    await anonymous.post('/api/auth/link', { token: verifyToken }).expect(410);

    await anonymous.post('/api/auth/password/forgot', { email: person.email }).expect(202);
    const resetMail = await mailTo(person.email, 'Tria una contrasenya nova');
    const resetToken = tokenOf(linkIn(resetMail.text, '/reset-password'));
    await t.db.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password_reset'`,
      [person.id],
    );
    await anonymous.post('/api/auth/password/reset', { token: resetToken, password: NEW_PASSWORD }).expect(410);
    await anonymous.post('/api/auth/login', { email: person.email, password: PASSWORD }).expect(200);
    // The verification link, untouched by the failed attempts, still works.
    await anonymous.post('/api/auth/email/verify', { token: verifyToken }).expect(204);
  });

  it('limits reset requests per client, and silently per address', async () => {
    const person = await signUp(t);
    const anonymous = await t.client();
    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'forgot:ip:%'`); // earlier tests asked too
    for (let i = 0; i < 4; i++) await anonymous.post('/api/auth/password/forgot', { email: person.email }).expect(202);
    await new Promise((r) => setTimeout(r, 500));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`, [
      person.id,
    ]);
    expect(n).toBe(3);
    for (let i = 4; i < 20; i++) await anonymous.post('/api/auth/password/forgot', { email: `x${i}@example.org` }).expect(202);
    const limited = await anonymous.post('/api/auth/password/forgot', { email: 'last@example.org' }).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });

  it('a change of address is confirmed at the new address; taken addresses and wrong passwords are refused', async () => {
    const person = await signUp(t, { preferredLanguage: 'en' });
    const someoneElse = await signUp(t);
    await person.client.post('/api/me/email', { newEmail: someoneElse.email, password: PASSWORD }).expect(409);
    await person.client.post('/api/me/email', { newEmail: 'new-address@example.org', password: 'wrong-password' }).expect(422);
    const res = await person.client.post('/api/me/email', { newEmail: 'New-Address@Example.org', password: PASSWORD }).expect(202);
    expect(res.body).toEqual({ pendingEmail: 'new-address@example.org' });
    expect((await person.client.get('/api/me').expect(200)).body).toMatchObject({
      email: person.email,
      pendingEmail: 'new-address@example.org',
    });
    const mail = await mailTo('new-address@example.org', 'Confirm your new e-mail address');
    const token = tokenOf(linkIn(mail.text, '/confirm-email'));
    // A change-of-address link is not a reset link.
    await (await t.client()).post('/api/auth/password/reset', { token, password: NEW_PASSWORD }).expect(410);
    await (await t.client()).post('/api/auth/email/confirm', { token }).expect(204);
    const me = (await person.client.get('/api/me').expect(200)).body;
    expect(me).toMatchObject({ email: 'new-address@example.org', emailVerified: true, pendingEmail: null });
    await (await t.client()).post('/api/auth/email/confirm', { token }).expect(410);
    const [audit] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'user.email_changed' AND target_user_id = $1`, [
      person.id,
    ]);
    expect(audit.details).toEqual({ from: person.email, to: 'new-address@example.org' });
  });

  it('when admins say so, unverified participants read but do not contribute until they verify', async () => {
    const admin = await signUpAs(t, 'admin');
    const participant = await signUp(t);
    await participant.client.put('/api/admin/account-settings', { unverifiedMayContribute: false }).expect(403);
    await admin.client.put('/api/admin/account-settings', { unverifiedMayContribute: false }).expect(200);
    const organisation = { name: 'Casal del barri', category: 'civil_society', country: 'ES' };
    const refused = await participant.client.post('/api/organisations', organisation).expect(403);
    expect(refused.body.error.code).toBe('auth.email_unverified');
    await participant.client.patch('/api/me', { displayName: 'Laia F.' }).expect(200);
    await participant.client.get('/api/organisations').expect(200);
    const mail = await mailTo(participant.email, 'Confirma la teva adreça electrònica');
    await (await t.client()).post('/api/auth/email/verify', { token: tokenOf(linkIn(mail.text, '/verify-email')) }).expect(204);
    await participant.client.post('/api/organisations', organisation).expect(201);
    await admin.client.put('/api/admin/account-settings', { unverifiedMayContribute: true }).expect(200);
    const [entry] = await t.db.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'settings.accounts_changed' ORDER BY created_at LIMIT 1`,
    );
    expect(entry).toEqual({ actor_id: admin.id, details: { unverifiedMayContribute: false } });
  });
});

describe('without SMTP_URL: the outbox, and links handed over by admins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps account e-mails in an outbox that only admins read', async () => {
    const admin = await signUpAs(t, 'admin');
    const official = await signUpAs(t, 'official');
    const person = await signUp(t, { preferredLanguage: 'fr' });
    await official.client.get('/api/admin/outbox').expect(403);
    await person.client.get('/api/admin/mail').expect(403);
    expect((await admin.client.get('/api/admin/mail').expect(200)).body).toEqual({
      smtpConfigured: false,
      outbox: true,
      production: false,
    });
    const outbox = await admin.client.get(`/api/admin/outbox?to=${encodeURIComponent(person.email)}`).expect(200);
    expect(outbox.body.items).toHaveLength(1);
    expect(outbox.body.items[0]).toMatchObject({ to: person.email, subject: 'Confirmez votre adresse électronique' });
    const link = linkIn(outbox.body.items[0].text, '/verify-email');
    expect(link.startsWith(`http://localhost:${t.env.PORT}/verify-email`)).toBe(true);
    await (await t.client()).post('/api/auth/email/verify', { token: tokenOf(link) }).expect(204);
  });

  it('an admin issues a one-time sign-in link; participants cannot; it works once and is audit-logged', async () => {
    const admin = await signUpAs(t, 'admin');
    const participant = await signUp(t);
    const person = await signUp(t);
    await participant.client.post(`/api/admin/users/${person.id}/link`, { purpose: 'sign_in' }).expect(403);
    const issued = await admin.client.post(`/api/admin/users/${person.id}/link`, { purpose: 'sign_in' }).expect(201);
    expect(issued.body.url).toMatch(/\/sign-in-link\?token=/);
    const stranger = await t.client();
    const me = await stranger.post('/api/auth/link', { token: tokenOf(issued.body.url) }).expect(200);
    expect(me.body.id).toBe(person.id);
    expect((await stranger.get('/api/me').expect(200)).body.id).toBe(person.id);
    await (await t.client()).post('/api/auth/link', { token: tokenOf(issued.body.url) }).expect(410);

    const reset = await admin.client.post(`/api/admin/users/${person.id}/link`, { purpose: 'password_reset' }).expect(201);
    await (await t.client()).post('/api/auth/password/reset', { token: tokenOf(reset.body.url), password: NEW_PASSWORD }).expect(204);
    await stranger.get('/api/me').expect(401);

    const log = await admin.client.get(`/api/admin/audit?action=user.link_issued&actor=${admin.id}`).expect(200);
    expect(log.body.items.map((e: { details: { purpose: string } }) => e.details.purpose)).toEqual(['password_reset', 'sign_in']);
    await participant.client.get('/api/admin/audit').expect(403);
  });
});
