import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

type Catalog = Record<string, any>;
const fr = catalogs.fr.web as Catalog;
const ca = catalogs.ca.web as Catalog;

async function register(context: BrowserContext, who: string, lang: string) {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const response = await context.request.post(`${baseUrl()}/api/auth/register`, {
    headers: { 'X-CSRF-Token': token },
    data: {
      email: `${who}@example.org`,
      password: 'a long enough passphrase',
      displayName: who,
      preferredLanguage: lang,
      category: 'civil_society',
      country: 'ES',
      acceptPrivacy: true,
    },
  });
  expect(response.status()).toBe(201);
}

describe('joining an organisation', () => {
  let browser: Browser;
  let admin: Page;
  let member: Page;
  const stamp = Date.now().toString(36);
  const adminName = `admin-${stamp}`;
  const memberName = `member-${stamp}`;
  const orgName = `Xarxa Mediterrània ${stamp}`;
  let orgPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const adminContext = await browser.newContext({ locale: 'fr-FR' });
    const memberContext = await browser.newContext({ locale: 'ca-ES' });
    await register(adminContext, adminName, 'fr');
    await register(memberContext, memberName, 'ca');
    admin = await adminContext.newPage();
    member = await memberContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an administrator creates the organisation', async () => {
    await admin.goto(`${baseUrl()}/organisations/new`);
    await admin.getByLabel(new RegExp(`^${fr.organisations.fields.name}`)).fill(orgName);
    await admin.getByLabel(new RegExp(`^${fr.organisations.fields.category}`)).selectOption('civil_society');
    await admin.getByLabel(new RegExp(`^${fr.organisations.fields.country}`)).selectOption('ES');
    await admin.getByRole('button', { name: fr.organisations.new.submit }).click();
    await admin.getByRole('heading', { level: 1, name: orgName }).waitFor();
    orgPath = new URL(admin.url()).pathname;
  });

  it('a participant asks to join, in Catalan, and sees the request pending', async () => {
    await member.goto(`${baseUrl()}${orgPath}`);
    await member.getByLabel(ca.organisations.membership.message).fill('Coordino projectes amb Tunis.');
    await member.getByRole('button', { name: ca.organisations.membership.join }).click();
    await member.getByText(ca.organisations.membership.pending).waitFor();
    await screenshot(member, 'organisations-01-pending-ca');
  });

  it('the administrator sees the request and accepts it', async () => {
    await admin.reload();
    await admin.getByText('Coordino projectes amb Tunis.').waitFor();
    await screenshot(admin, 'organisations-02-request-fr');
    await admin.getByRole('button', { name: fr.organisations.members.acceptAria.replace('{{name}}', memberName) }).click();
    await admin.getByText(fr.organisations.members.noRequests).waitFor();
    await admin.getByRole('heading', { name: fr.organisations.members.title_other.replace('{{count}}', '2') }).waitFor();
  });

  it('the participant is now a member, and can leave', async () => {
    await member.reload();
    await member.getByText(ca.organisations.membership.member).waitFor();
    await member.getByRole('button', { name: ca.organisations.membership.leave }).click();
    await member.getByRole('button', { name: ca.organisations.membership.join }).waitFor();
    await screenshot(member, 'organisations-03-left-ca');
  });

  it('the participant downloads their data, then deletes their account', async () => {
    await member.goto(`${baseUrl()}/account`);
    const download = member.waitForEvent('download');
    await member.getByRole('link', { name: ca.account.export.download }).click();
    const file = await download;
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'));
    expect(JSON.stringify(exported)).toContain(memberName);

    await member.getByRole('button', { name: ca.account.delete.open }).click();
    const dialog = member.getByRole('dialog');
    await dialog.getByText(ca.account.delete.pseudonymised).waitFor();
    await dialog.getByLabel(new RegExp(`^${ca.account.delete.password}`)).fill('wrong password!');
    await dialog.getByRole('button', { name: ca.account.delete.confirm }).click();
    await dialog.getByText((catalogs.ca.api as Catalog).errors.auth.wrong_password).waitFor();
    await screenshot(member, 'organisations-04-delete-error-ca');
    await dialog.getByLabel(new RegExp(`^${ca.account.delete.password}`)).fill('a long enough passphrase');
    await dialog.getByRole('button', { name: ca.account.delete.confirm }).click();
    await member.getByRole('link', { name: ca.nav.login }).waitFor();
    expect(new URL(member.url()).pathname).toBe('/');
  });
});
