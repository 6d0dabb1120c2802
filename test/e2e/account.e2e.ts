import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const fr = catalogs.fr.web as Catalog;
const es = catalogs.es.web as Catalog;

describe('a participant manages their account', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);
  const email = `e2e-${stamp}@example.org`;
  const password = 'a long enough passphrase';
  const name = `Awa Ndiaye ${stamp}`;
  const organisationName = `Association Teranga ${stamp}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const userMenu = (displayName: string) => page.getByRole('button', { name: displayName, exact: true });
  /** A form field by its exact visible label (Mantine appends " *" to required ones). */
  const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

  it('registers a new participant (diaspora) in French', async () => {
    await page.goto(`${baseUrl()}/register`);
    await expect(page.locator('html')).toHaveAttributeValue('lang', 'fr');
    await page.getByRole('heading', { level: 1, name: fr.auth.register.title }).waitFor();
    await field(fr.fields.displayName).fill(name);
    await field(fr.fields.email).fill(email);
    await field(fr.fields.password).fill(password);
    await field(fr.fields.category).selectOption('diaspora');
    await field(fr.fields.originTerritory).fill('Dakar');
    await field(fr.fields.country).selectOption('SN');
    await page.getByRole('checkbox').check();
    await screenshot(page, 'account-01-register-form');
    await page.getByRole('button', { name: fr.auth.register.submit }).click();

    await page.getByRole('heading', { level: 1, name: fr.profile.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    await userMenu(name).waitFor();
    expect(await field(fr.fields.originTerritory).inputValue()).toBe('Dakar');
    await screenshot(page, 'account-02-registered-profile');
  });

  it('logs out and back in, returning to the page that asked for it', async () => {
    await userMenu(name).click();
    await page.getByRole('menuitem', { name: fr.nav.logout }).click();
    await page.getByRole('link', { name: fr.nav.login }).waitFor();

    await page.goto(`${baseUrl()}/account`);
    await page.getByRole('heading', { level: 1, name: fr.auth.login.title }).waitFor();
    await field(fr.fields.email).fill(email);
    await field(fr.fields.password).fill('not the password');
    await page.getByRole('button', { name: fr.auth.login.submit }).click();
    await page.getByRole('alert').filter({ hasText: fr.errors.title }).waitFor();
    await screenshot(page, 'account-03-login-error');

    await field(fr.fields.password).fill(password);
    await page.getByRole('button', { name: fr.auth.login.submit }).click();
    await page.getByRole('heading', { level: 1, name: fr.account.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
  });

  it('switches the interface to Spanish, and the choice sticks', async () => {
    // The signed-in user's profile arrives late: a choice made before must win over the stored preference.
    await page.route('**/api/me', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.fallback();
    });
    await page.goto(`${baseUrl()}/`);
    // Listened for before the choice: on a loaded machine the PATCH may be answered before the heading shows.
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH');
    await page.getByLabel(fr.language.label).selectOption('es');
    await page.getByRole('heading', { level: 1, name: es.home.hero.title }).waitFor();
    await saved;
    await page.unrouteAll();
    await expect(page.locator('html')).toHaveAttributeValue('lang', 'es');
    await page.getByRole('link', { name: es.nav.organisations }).first().waitFor();
    await screenshot(page, 'account-04-home-es');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: es.home.hero.title }).waitFor();
  });

  it('edits the profile', async () => {
    await userMenu(name).click();
    await page.getByRole('menuitem', { name: es.nav.profile }).click();
    await page.getByRole('heading', { level: 1, name: es.profile.title }).waitFor();
    const displayName = field(es.fields.displayName);
    await displayName.fill('A');
    await page.getByRole('button', { name: es.profile.save }).click();
    // The server's field error, in Spanish, is shown on the field.
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await screenshot(page, 'account-05-profile-error-es');

    await displayName.fill(`${name} (Teranga)`);
    await page.getByRole('button', { name: es.profile.save }).click();
    await page.getByText(es.profile.saved).waitFor();
    await userMenu(`${name} (Teranga)`).waitFor();
    await screenshot(page, 'account-06-profile-saved-es');
  });

  it('creates an organisation and becomes its administrator', async () => {
    await page.getByRole('navigation', { name: es.nav.mainLabel }).getByRole('link', { name: es.nav.organisations }).click();
    await page.getByRole('heading', { level: 1, name: es.organisations.title }).waitFor();
    await page.getByRole('link', { name: es.organisations.create }).click();
    await page.getByRole('heading', { level: 1, name: es.organisations.new.title }).waitFor();
    await field(es.organisations.fields.name).fill(organisationName);
    await field(es.organisations.fields.category).selectOption('diaspora');
    await field(es.organisations.fields.country).selectOption('ES');
    await field(es.organisations.fields.city).fill('Badalona');
    await field(es.organisations.fields.website).fill('https://teranga.example.org');
    await field(es.organisations.fields.description).fill('Asociación de la diáspora senegalesa del área metropolitana.');
    await screenshot(page, 'account-07-organisation-form-es');
    await page.getByRole('button', { name: es.organisations.new.submit }).click();

    await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
    await page.getByText(es.organisations.membership.admin).waitFor();
    await screenshot(page, 'account-08-organisation-es');

    await page.goto(`${baseUrl()}/organisations?q=${encodeURIComponent(stamp)}`);
    await page.getByRole('link', { name: organisationName }).waitFor();
  });

  it('logs out', async () => {
    await userMenu(`${name} (Teranga)`).click();
    await page.getByRole('menuitem', { name: es.nav.logout }).click();
    await page.getByRole('link', { name: es.nav.login }).waitFor();
    await page.goto(`${baseUrl()}/profile`);
    await page.getByRole('heading', { level: 1, name: es.auth.login.title }).waitFor();
    await screenshot(page, 'account-09-logged-out-es');
  });
});

// A tiny matcher so assertions read naturally without @playwright/test.
expect.extend({
  async toHaveAttributeValue(locator: { getAttribute(name: string): Promise<string | null> }, name: string, expected: string) {
    const deadline = Date.now() + 5000;
    let actual: string | null = null;
    while (Date.now() < deadline) {
      actual = await locator.getAttribute(name);
      if (actual === expected) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return {
      pass: actual === expected,
      message: () => `expected attribute ${name} to be ${expected}, got ${actual}`,
    };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveAttributeValue(name: string, expected: string): Promise<R>;
    }
  }
}
