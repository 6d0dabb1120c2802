import type { Browser, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const web = { fr: catalogs.fr.web as Catalog, es: catalogs.es.web as Catalog };
const api = { fr: catalogs.fr.api as Catalog, es: catalogs.es.api as Catalog };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field by its exact visible label (Mantine appends " *" to required ones). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));

/** The error text Mantine ties to a field through aria-describedby. */
async function errorOf(page: Page, label: string): Promise<string> {
  const input = field(page, label);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.filter(Boolean).join(' ');
}

/** Waits until the field with that label has the focus (it moves on the next frame after a failed submit). */
async function focusOn(page: Page, label: string) {
  const handle = await field(page, label).elementHandle();
  await page
    .waitForFunction((el) => document.activeElement === el, handle, { timeout: 5_000 })
    .catch(async () => {
      const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      throw new Error(`the focus is not on "${label}" but on ${active}`);
    });
}

describe('forms: each field says what is wrong with it, before and after the server answers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [lang, width] of [
    ['fr', 390],
    ['es', 1280],
  ] as const) {
    it(`registration in ${lang} at ${width} px: the empty form flags every required field with its own message`, async () => {
      const t = web[lang];
      const fields = api[lang].fields;
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const posts: string[] = [];
      page.on('request', (req) => req.method() === 'POST' && req.url().includes('/api/auth/register') && posts.push(req.url()));
      await page.goto(`${baseUrl()}/register`);
      await page.getByRole('heading', { level: 1, name: t.auth.register.title }).waitFor();
      await page.getByRole('button', { name: t.auth.register.submit }).click();

      await page.locator('[aria-invalid="true"]').first().waitFor();
      expect(await errorOf(page, t.fields.displayName)).toContain(fields.required);
      expect(await errorOf(page, t.fields.email)).toContain(fields.required);
      // (Mantine's PasswordInput marks its wrapper, not the input: the message is read by its text.)
      expect(await page.getByText(fields.password_weak.replace('{{min}}', '10'), { exact: true }).count()).toBe(1);
      expect(await errorOf(page, t.fields.category)).toContain(fields.required);
      expect(await errorOf(page, t.fields.country)).toContain(fields.required);
      expect(await page.getByText(t.auth.register.consentRequired).count()).toBe(1);
      // The first field in error takes the focus; nothing went to the server, no general alert.
      // (The focus moves on the next frame.)
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true', undefined, { timeout: 5_000 });
      expect(posts).toHaveLength(0);
      expect(await page.getByText(t.errors.title).count()).toBe(0);
      expect(await page.getByText(fields.invalid).count()).toBe(0);
      await screenshot(page, `forms-register-empty-${lang}-${width}`);

      // A wrong address is named as such as soon as the field is left, and cleared once corrected.
      await field(page, t.fields.email).fill('awa@');
      await field(page, t.fields.password).focus();
      expect(await errorOf(page, t.fields.email)).toContain(fields.invalid_email);
      await context.close();
    });
  }

  it('registration with a taken e-mail: the server’s answer sits on the e-mail field and says what to do', async () => {
    const t = web.fr;
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/register`);
    await page.getByRole('heading', { level: 1, name: t.auth.register.title }).waitFor();
    await field(page, t.fields.displayName).fill('Awa Ndiaye');
    await field(page, t.fields.email).fill('admin@polyphony.local');
    await field(page, t.fields.password).fill('a long enough passphrase');
    await field(page, t.fields.category).selectOption('resident');
    await field(page, t.fields.country).selectOption('FR');
    await page.getByRole('checkbox').check();
    const answer = page.waitForResponse((res) => res.url().includes('/api/auth/register'));
    await page.getByRole('button', { name: t.auth.register.submit }).click();
    expect((await answer).status()).toBe(409);

    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]'));
    expect(await errorOf(page, t.fields.email)).toContain(api.fr.fields.email_taken);
    expect(await page.getByText(api.fr.fields.invalid).count()).toBe(0);
    expect(await page.getByText(t.errors.title).count()).toBe(0);
    await screenshot(page, 'forms-register-email-taken-fr-390');
    await context.close();
  });

  it('a new proposal sent empty: title and text each say they are required, and nothing is sent', async () => {
    const p = catalogs.ca.proposals as Catalog;
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 390, height: 900 } });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const login = await context.request.post(`${baseUrl()}/api/auth/login`, {
      headers: { 'X-CSRF-Token': token },
      data: { email: 'civil-society@demo.polyphony.test', password: 'polyphony-demo' },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (req) => req.method() === 'POST' && req.url().endsWith('/api/proposals') && posts.push(req.url()));
    await page.goto(`${baseUrl()}/proposals/new`);
    await page.getByRole('button', { name: p.form.create }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    const required = (catalogs.ca.api as Catalog).fields.required as string;
    expect(await errorOf(page, p.form.title)).toContain(required);
    expect(await errorOf(page, p.form.body)).toContain(required);
    expect(posts).toHaveLength(0);
    await screenshot(page, 'forms-proposal-empty-ca-390');
    await context.close();
  });
  it('profile and password forms: each wrong field says its own problem, the server’s answer lands on its field', async () => {
    const t = web.es;
    const fields = api.es.fields;
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const email = `forms-profile-${Date.now().toString(36)}@example.org`;
    const registered = await context.request.post(`${baseUrl()}/api/auth/register`, {
      headers: { 'X-CSRF-Token': token },
      data: {
        email,
        password: 'a long enough passphrase',
        displayName: 'Lucía Campos',
        preferredLanguage: 'es',
        category: 'resident',
        country: 'ES',
        acceptPrivacy: true,
      },
    });
    expect(registered.status()).toBe(201);
    const page = await context.newPage();
    const sent: string[] = [];
    page.on(
      'request',
      (req) => /\/api\/me(\/password)?$/.test(new URL(req.url()).pathname) && req.method() !== 'GET' && sent.push(req.url()),
    );
    await page.goto(`${baseUrl()}/profile`);
    await field(page, t.fields.displayName).fill('');
    await page.getByRole('button', { name: t.profile.save }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await errorOf(page, t.fields.displayName)).toContain(fields.required);
    // The name field takes the focus (on the next frame), not the save button: the click left the emptied field,
    // and a message shown on that blur used to push the button from under the pointer, losing the submit.
    await focusOn(page, t.fields.displayName);

    // The password form: a short new password and a different confirmation, each said on its field; nothing sent.
    await field(page, t.profile.password.current).fill('not my password at all');
    await field(page, t.profile.password.new).fill('short');
    await field(page, t.profile.password.confirm).fill('shorter');
    await page.getByRole('button', { name: t.profile.password.submit }).click();
    await page.getByText(fields.password_weak.replace('{{min}}', '10'), { exact: true }).waitFor();
    await page.getByText(t.profile.password.mismatch, { exact: true }).waitFor();
    await focusOn(page, t.profile.password.new);
    expect(sent).toHaveLength(0);

    // A wrong current password comes back from the server and sits on that field, without a general alert.
    await field(page, t.profile.password.new).fill('a brand new passphrase');
    await field(page, t.profile.password.confirm).fill('a brand new passphrase');
    const answer = page.waitForResponse((res) => res.url().includes('/api/me/password'));
    await page.getByRole('button', { name: t.profile.password.submit }).click();
    expect((await answer).status()).toBe(422);
    await page.getByText(fields.invalid, { exact: true }).waitFor();
    // The focus goes to that field, not to the first field in error on the page (the profile's emptied name).
    await focusOn(page, t.profile.password.current);
    expect(await page.getByText(fields.password_weak.replace('{{min}}', '10'), { exact: true }).count()).toBe(0);
    expect(await page.getByText(t.errors.title).count()).toBe(0);
    await screenshot(page, 'forms-profile-password-es-1280');
    await context.close();
  });
});
