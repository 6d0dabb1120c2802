import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { seriousViolations } from './support/axe';

type Catalog = Record<string, any>;
const fr = catalogs.fr.web as Catalog;
const es = catalogs.es.web as Catalog;
const OFFICIAL = { email: 'official@demo.polyphony.test', password: 'polyphony-demo' };
/** The demo consultation (apps/api/src/demo/demo-consultation-data.ts). */
const DEMO_CONSULTATION = 'pla-internacionalitzacio-metropolitana';
const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@polyphony.local', password: process.env.ADMIN_PASSWORD ?? 'e2e-admin-password' };

/** Opens a page, waits for it to settle, checks the landmarks and one h1, then axe. */
async function audit(page: Page, path: string, shot: string) {
  await page.goto(`${baseUrl()}${path}`);
  // Settling, at most 10 s: the socket's long-poll can keep the network busy before it upgrades on a loaded
  // machine (30 s seen in CI); what the checks need is waited for below.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.locator('main h1').first().waitFor();
  await page
    .locator('[role="status"]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  expect({ path, h1: await page.locator('h1').count() }).toEqual({ path, h1: 1 });
  expect({ path, main: await page.locator('main').count(), banner: await page.locator('header').count() }).toEqual({
    path,
    main: 1,
    banner: 1,
  });
  await screenshot(page, `a11y-${shot}`);
  expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
}

/** Signs the browser context in through the API (same cookies as the UI). */
async function signIn(context: BrowserContext, path: string, body: unknown) {
  const csrf = await context.request.get(`${baseUrl()}/api/auth/csrf`);
  const { token } = await csrf.json();
  const response = await context.request.post(`${baseUrl()}${path}`, { data: body, headers: { 'X-CSRF-Token': token } });
  expect({ path, status: response.status() }).toEqual({ path, status: path.endsWith('register') ? 201 : 200 });
  return response.json();
}

async function createOrganisation(context: BrowserContext, name: string) {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const response = await context.request.post(`${baseUrl()}/api/organisations`, {
    data: {
      name,
      category: 'civil_society',
      country: 'ES',
      city: 'Barcelona',
      website: 'https://example.org',
      description: 'Une association de quartier ouverte sur la Méditerranée.',
    },
    headers: { 'X-CSRF-Token': token },
  });
  expect(response.status()).toBe(201);
  return response.json() as Promise<{ slug: string; id: string }>;
}

/** Switches every chart panel to its table view (the accessible alternative to the chart). */
async function showTables(page: Page) {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).locator('label').nth(1).click();
  await page
    .getByRole('table')
    .nth(count - 1)
    .waitFor();
}

describe('accessibility (axe: no serious or critical violation)', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  let orgSlug = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('signed in as a participant', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await signIn(context, '/api/auth/register', {
        email: `a11y-${stamp}@example.org`,
        password: 'a long enough passphrase',
        displayName: `Lucía ${stamp}`,
        preferredLanguage: 'fr',
        category: 'academia',
        country: 'ES',
        acceptPrivacy: true,
      });
      orgSlug = (await createOrganisation(context, `Associació del Barri ${stamp}`)).slug;
    });
    afterAll(() => context.close());

    it.each([
      ['/', 'in-home'],
      ['/organisations', 'in-organisations'],
      ['/organisations/new', 'in-organisation-new'],
      ['/profile', 'in-profile'],
      ['/account', 'in-account'],
      ['/privacy', 'in-privacy'],
      ['/admin/users', 'in-admin-forbidden'],
      ['/no-such-page', 'in-not-found'],
    ])('%s', async (path, shot) => {
      await audit(page, path, shot);
    });

    it('the organisation page, as its administrator', async () => {
      await audit(page, `/organisations/${orgSlug}`, 'in-organisation');
    });

    it('the account deletion dialog', async () => {
      await audit(page, '/account', 'in-account');
      await page.getByRole('button', { name: fr.account.delete.open }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'a11y-in-account-dialog');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('the user menu, opened', async () => {
      await audit(page, '/', 'in-home');
      await page.getByRole('button', { name: `Lucía ${stamp}`, exact: true }).click();
      await page.getByRole('menu').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe('signed out', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it.each([
      ['/', 'out-home'],
      ['/login', 'out-login'],
      ['/register', 'out-register'],
      ['/organisations', 'out-organisations'],
      ['/privacy', 'out-privacy'],
      ['/no-such-page', 'out-not-found'],
      ['/profile', 'out-profile-redirect'],
    ])('%s', async (path, shot) => {
      await audit(page, path, shot);
    });

    it('an organisation page', async () => {
      await audit(page, `/organisations/${orgSlug}`, 'out-organisation');
    });

    it.each([
      ['/consultations', 'out-consultations'],
      [`/consultations/${DEMO_CONSULTATION}`, 'out-consultation'],
      [`/consultations/${DEMO_CONSULTATION}/balance`, 'out-consultation-balance'],
    ])('%s', async (path, shot) => {
      await audit(page, path, shot);
    });

    it('the public balance, its figures as tables', async () => {
      await audit(page, `/consultations/${DEMO_CONSULTATION}/balance`, 'out-consultation-balance');
      await showTables(page);
      await screenshot(page, 'a11y-out-consultation-balance-tables');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('a form showing server errors', async () => {
      await audit(page, '/register', 'out-register');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: fr.auth.register.submit }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await screenshot(page, 'a11y-out-register-errors');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('in Spanish, on a phone-sized screen', async () => {
      const phone = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
      const small = await phone.newPage();
      await audit(small, '/', 'out-home-es-phone');
      expect(await small.locator('html').getAttribute('lang')).toBe('es');
      await small.getByRole('heading', { level: 1, name: es.home.hero.title }).waitFor();
      await small.getByRole('button', { name: es.nav.openMenu }).click();
      await small.getByRole('dialog').waitFor();
      await small.waitForTimeout(300);
      await screenshot(small, 'a11y-out-menu-es-phone');
      expect(await seriousViolations(small)).toEqual([]);
      await phone.close();
    });
  });

  describe('signed in as an official', () => {
    let context: BrowserContext;
    let page: Page;
    let interviewId = '';
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      await signIn(context, '/api/auth/login', OFFICIAL);
      const consultation = await (await context.request.get(`${baseUrl()}/api/consultations/${DEMO_CONSULTATION}`)).json();
      const interviews = await (
        await context.request.get(`${baseUrl()}/api/consultations/${consultation.id}/interviews?status=held&limit=1`)
      ).json();
      interviewId = interviews.items[0].id;
    });
    afterAll(() => context.close());

    it.each([
      ['/consultations', 'official-consultations'],
      ['/consultations/new', 'official-consultation-new'],
      [`/consultations/${DEMO_CONSULTATION}`, 'official-consultation'],
      [`/consultations/${DEMO_CONSULTATION}/edit`, 'official-consultation-edit'],
      [`/consultations/${DEMO_CONSULTATION}/interviews`, 'official-interviews'],
      [`/consultations/${DEMO_CONSULTATION}/interviews/new`, 'official-interview-new'],
      [`/consultations/${DEMO_CONSULTATION}/interview-guide`, 'official-interview-guide'],
      ['/dashboard', 'official-dashboard-overall'],
    ])('%s', async (path, shot) => {
      await audit(page, path, shot);
    });

    it('an interview with its key points', async () => {
      await audit(page, `/consultations/${DEMO_CONSULTATION}/interviews/${interviewId}`, 'official-interview');
      await page.getByRole('listitem').first().waitFor();
    });

    it('the consultation dashboard, as charts and as tables', async () => {
      await audit(page, `/consultations/${DEMO_CONSULTATION}/dashboard`, 'official-dashboard');
      await showTables(page);
      await screenshot(page, 'a11y-official-dashboard-tables');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('the publish confirmation dialog', async () => {
      await audit(page, '/consultations/new', 'official-consultation-new');
      const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
      const draft = await context.request.post(`${baseUrl()}/api/consultations`, {
        data: {
          title: { fr: `Brouillon ${stamp}` },
          summary: { fr: 'Un brouillon pour vérifier la boîte de dialogue.' },
          languages: ['fr'],
          phases: [],
          quotas: {},
        },
        headers: { 'X-CSRF-Token': token },
      });
      expect(draft.status()).toBe(201);
      const { slug } = await draft.json();
      await audit(page, `/consultations/${slug}/edit`, 'official-consultation-draft');
      // The official's preferred language (Spanish) takes over once signed in.
      await page
        .locator('main')
        .getByRole('button', { name: (catalogs.es.consultations as Catalog).actions.publish.label, exact: true })
        .click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'a11y-official-publish-dialog');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe('signed in as the administrator', () => {
    it('/admin/users', async () => {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(context, '/api/auth/login', ADMIN);
      await audit(page, '/admin/users', 'admin-users');
      await page.getByRole('table').waitFor();
      await context.close();
    });
  });
});
