import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const ca = catalogs.ca.accounts as Catalog;
const caWeb = catalogs.ca.web as Catalog;
const fr = catalogs.fr.accounts as Catalog;
const frWeb = catalogs.fr.web as Catalog;

const ADMIN = { email: 'admin@polyphony.local', password: 'e2e-admin-password' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Signs a browser context in through the API (the CSRF token as the web app sends it). */
async function signIn(request: APIRequestContext, email: string, password: string) {
  const { token } = await (await request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const res = await request.post(`${baseUrl()}/api/auth/login`, { data: { email, password }, headers: { 'x-csrf-token': token } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
}

/** The newest e-mail to an address in the admins' outbox (no SMTP_URL in the e2e app), and its link. */
async function outboxLink(request: APIRequestContext, to: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const { items } = await (await request.get(`${baseUrl()}/api/admin/outbox?to=${encodeURIComponent(to)}`)).json();
    const found = items?.[0]?.text?.match(new RegExp(`https?://\\S+${escape(path)}\\?token=[\\w%-]+`));
    if (found) {
      const url = new URL(found[0]);
      return `${baseUrl()}${url.pathname}${url.search}`; // PUBLIC_URL is not set: localhost, same port
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no ${path} e-mail to ${to} in the outbox`);
}

describe('accounts in real life: a forgotten password, invitations from a CSV file', () => {
  let browser: Browser;
  let admin: BrowserContext;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await signIn(admin.request, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));

  it('a participant resets a forgotten password from the e-mail, read in the admins’ outbox', async () => {
    const email = `forgetful-${stamp}@example.org`;
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const registered = await context.request.post(`${baseUrl()}/api/auth/register`, {
      headers: { 'x-csrf-token': token },
      data: {
        email,
        password: 'the-old-passphrase',
        displayName: `Lucie ${stamp}`,
        preferredLanguage: 'fr',
        category: 'resident',
        country: 'FR',
        acceptPrivacy: true,
      },
    });
    expect(registered.status()).toBe(201);
    await context.clearCookies();

    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('link', { name: fr.forgot.link }).click();
    await page.getByRole('heading', { level: 1, name: fr.forgot.title }).waitFor();
    await field(page, frWeb.fields.email).fill(email);
    await page.getByRole('button', { name: fr.forgot.submit }).click();
    await page
      .getByRole('status')
      .filter({ hasText: fr.forgot.sent.slice(0, 30) })
      .waitFor();
    await screenshot(page, 'accounts-01-forgot-sent-390-fr');

    // The admin (French, like the first admin) reads the e-mail in the outbox page (no mail server in this instance).
    const adminPage = await admin.newPage();
    await adminPage.goto(`${baseUrl()}/admin/outbox`);
    await adminPage.getByRole('heading', { level: 1, name: fr.admin.outbox.title }).waitFor();
    await field(adminPage, fr.admin.outbox.filter).fill(email);
    const mail = adminPage.getByRole('article', { name: fr.mail.passwordReset.subject });
    await mail.waitFor();
    await screenshot(adminPage, 'accounts-02-outbox-1280-fr');
    const text = (await mail.locator('pre, code').first().textContent()) ?? '';
    const link = new URL(text.match(/https?:\/\/\S+\/reset-password\?token=[\w%-]+/)![0]);
    await adminPage.close();

    await page.goto(`${baseUrl()}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: fr.reset.title }).waitFor();
    await field(page, fr.reset.password).fill('the-new-passphrase');
    await page.getByRole('button', { name: fr.reset.submit }).click();
    await page.getByRole('status').filter({ hasText: fr.reset.done }).waitFor();
    // The link works once.
    await page.goto(`${baseUrl()}${link.pathname}${link.search}`);
    await field(page, fr.reset.password).fill('another-passphrase');
    await page.getByRole('button', { name: fr.reset.submit }).click();
    await page.getByRole('alert').filter({ hasText: fr.reset.invalid }).waitFor();

    await page.goto(`${baseUrl()}/login`);
    await field(page, frWeb.fields.email).fill(email);
    await field(page, frWeb.fields.password).fill('the-new-passphrase');
    await page.getByRole('button', { name: frWeb.auth.login.submit }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const me = await (await context.request.get(`${baseUrl()}/api/me`)).json();
    expect(me.email).toBe(email);
    await context.close();
  });

  it('an official invites two institutions from a CSV file; one follows the e-mailed link and joins', async () => {
    const page = await admin.newPage();
    await page.goto(`${baseUrl()}/admin/invitations`);
    await page.getByRole('heading', { level: 1, name: fr.invitations.title }).waitFor();
    await field(page, fr.invitations.target).selectOption('interviews');
    const consultation = page.getByLabel(new RegExp(`^${escape(fr.invitations.targetId)}`));
    await consultation.locator('option').nth(1).waitFor({ state: 'attached' });
    await consultation.selectOption({ index: 1 });
    await page.getByRole('tab', { name: fr.invitations.csv }).click();
    const csv = [
      'name,email,organisation,category,country,language',
      `Mariama Ba,mariama-${stamp}@asso-thies.example,Association Thiès Solidaire ${stamp},civil_society,SN,ca`,
      `Pau Serra,pau-${stamp}@fundacio.example,Fundació Horitzó ${stamp},private_sector,ES,ca`,
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'institutions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: fr.invitations.csvSubmit }).click();
    await page.getByText(fr.invitations.created.replace('{{count}}', '2')).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`mariama-${stamp}`) });
    await row.getByText(fr.invitations.states.sent).waitFor();
    await screenshot(page, 'accounts-03-invitations-1280-fr');

    // The invitee follows the link (in Catalan, her language), on a phone.
    const link = await outboxLink(admin.request, `mariama-${stamp}@asso-thies.example`, '/invitation');
    const invitee = await browser.newContext({ locale: 'ca-ES', viewport: { width: 390, height: 844 } });
    const phone = await invitee.newPage();
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: ca.invitation.title }).waitFor();
    await phone.getByText(`Association Thiès Solidaire ${stamp}`).first().waitFor();
    expect(await field(phone, caWeb.fields.email).inputValue()).toBe(`mariama-${stamp}@asso-thies.example`);
    expect(await field(phone, caWeb.fields.displayName).inputValue()).toBe('Mariama Ba');
    await field(phone, caWeb.fields.password).fill('a-passphrase-for-thies');
    await phone.getByRole('checkbox').check();
    await screenshot(phone, 'accounts-04-invitation-390-ca');
    await phone.getByRole('button', { name: ca.invitation.create }).click();
    await phone.waitForURL((url) => url.pathname === '/');
    const me = await (await invitee.request.get(`${baseUrl()}/api/me`)).json();
    expect(me).toMatchObject({ displayName: 'Mariama Ba', category: 'civil_society', country: 'SN', emailVerified: true });
    const mine = await (await invitee.request.get(`${baseUrl()}/api/me/organisations`)).json();
    expect(mine.items.map((o: { name: string }) => o.name)).toEqual([`Association Thiès Solidaire ${stamp}`]);
    await invitee.close();

    await page.reload();
    await field(page, fr.invitations.target).selectOption('interviews');
    await consultation.locator('option').nth(1).waitFor({ state: 'attached' });
    await consultation.selectOption({ index: 1 });
    await page
      .getByRole('row', { name: new RegExp(`mariama-${stamp}`) })
      .getByText(fr.invitations.states.accepted)
      .waitFor();
    await page
      .getByRole('row', { name: new RegExp(`pau-${stamp}`) })
      .getByText(fr.invitations.states.sent)
      .waitFor();
    await page.close();
  });

  it('an admin blocks a person after confirming, and the audit log shows who did it', async () => {
    const email = `blocked-${stamp}@example.org`;
    const context = await browser.newContext({ locale: 'en-GB' });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    await context.request.post(`${baseUrl()}/api/auth/register`, {
      headers: { 'x-csrf-token': token },
      data: {
        email,
        password: 'a-passphrase-to-lose',
        displayName: `Troll ${stamp}`,
        preferredLanguage: 'en',
        category: 'resident',
        country: 'ES',
        acceptPrivacy: true,
      },
    });
    const page = await admin.newPage();
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByRole('searchbox').first().fill(`Troll ${stamp}`);
    await page.getByRole('button', { name: `${fr.admin.users.block}: Troll ${stamp}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(new RegExp(`^${fr.admin.users.reason}`)).fill('Insults in the discussion rooms');
    await screenshot(page, 'accounts-05-block-1280-fr');
    await dialog.getByRole('button', { name: fr.admin.users.confirmBlock }).click();
    await page.getByText(fr.admin.users.blocked, { exact: true }).waitFor();
    expect((await context.request.get(`${baseUrl()}/api/me`)).status()).toBe(401);

    await page.goto(`${baseUrl()}/admin/audit`);
    await field(page, fr.admin.audit.action).selectOption('user.blocked');
    const entry = page.getByRole('row', { name: new RegExp(`Troll ${stamp}`) });
    await entry.getByText('Insults in the discussion rooms').waitFor();
    await screenshot(page, 'accounts-06-audit-1280-fr');
    await page.close();
    await context.close();
  });

  it('in Spanish on a phone: a made-up reset link is refused with a way to ask again', async () => {
    const es = catalogs.es.accounts as Catalog;
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/reset-password?token=not-a-real-token-at-all-000000`);
    await page.getByRole('heading', { level: 1, name: es.reset.title }).waitFor();
    await field(page, es.reset.password).fill('whatever-passphrase');
    await page.getByRole('button', { name: es.reset.submit }).click();
    await page.getByRole('alert').filter({ hasText: es.reset.invalid }).waitFor();
    await page.getByRole('link', { name: es.reset.again }).click();
    await page.getByRole('heading', { level: 1, name: es.forgot.title }).waitFor();
    await screenshot(page, 'accounts-07-forgot-390-es');
    await context.close();
  });
});
