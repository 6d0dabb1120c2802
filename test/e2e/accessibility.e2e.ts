// Accessibility (axe: no serious or critical violation), issue 16. Every route is audited by the layout
// review's walk (support/layout-walk.ts, one file per role; one list of routes in support/routes.ts) as
// anonymous, participant and official. Here: every dialog and drawer a user can open (apps/web/src: each Modal and Drawer, opened
// in its page as the role that can), and the states a walk does not reach (a page as its owner, charts as
// tables, a form in error, a refusal, a phone's menu).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { EvaluationListItem } from '@polyphony/contracts';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { seriousViolations } from './support/axe';
import { DEMO_CONSULTATION, DEMO_PLAN, signInAsNew } from './support/routes';

// A test opens up to five dialogs of a heavy page, each audited by axe: slow on a loaded machine.
jest.setTimeout(240_000);

type Catalog = Record<string, any>;
const fr = catalogs.fr.web as Catalog;
const es = catalogs.es.web as Catalog;
const ns = (name: string) => (catalogs.fr as Catalog)[name] as Catalog;
const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@polyphony.local', password: process.env.ADMIN_PASSWORD ?? 'e2e-admin-password' };
const C = `/consultations/${DEMO_CONSULTATION}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalog template ("Modifier — {{name}}") as a pattern for the names it gives. */
const named = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\{\w+\}\}/)
      .map(escape)
      .join('.+')}$`,
  );

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

/** Opens a page (no checks: the walk audits it) and waits for its heading. */
async function visit(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
}

/**
 * Clicks what opens a dialog, runs axe on the page with the dialog open (a screenshot when it finds
 * something), and closes it with Escape as a keyboard user does.
 */
async function auditDialog(page: Page, name: string, opener: Locator) {
  await opener.first().click();
  const dialog = page.getByRole('dialog').last();
  await dialog.waitFor();
  const violations = await seriousViolations(page);
  if (violations.length) await screenshot(page, `a11y-dialog-${name}`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect({ dialog: name, violations }).toEqual({ dialog: name, violations: [] });
}

/** Signs the browser context in through the API (same cookies as the UI). */
async function signIn(context: BrowserContext, path: string, body: unknown) {
  const csrf = await context.request.get(`${baseUrl()}/api/auth/csrf`);
  const { token } = await csrf.json();
  const response = await context.request.post(`${baseUrl()}${path}`, { data: body, headers: { 'X-CSRF-Token': token } });
  expect({ path, status: response.status() }).toEqual({ path, status: path.endsWith('register') ? 201 : 200 });
  return response.json();
}

async function post<T = any>(context: BrowserContext, path: string, data: unknown): Promise<T> {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const response = await context.request.post(`${baseUrl()}${path}`, { data, headers: { 'X-CSRF-Token': token } });
  expect({ path, status: response.status() }).toEqual({ path, status: 201 });
  return response.json();
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

describe('accessibility (axe: no serious or critical violation) of dialogs and states the route walk does not reach', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('signed in as a participant', () => {
    let context: BrowserContext;
    let page: Page;
    let org = { slug: '', id: '' };
    let draft = '';
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
      org = await post(context, '/api/organisations', {
        name: `Associació del Barri ${stamp}`,
        category: 'civil_society',
        country: 'ES',
        city: 'Barcelona',
        website: 'https://example.org',
        description: 'Une association de quartier ouverte sur la Méditerranée.',
      });
      draft = (await post(context, '/api/proposals', { title: `Jumelage scolaire ${stamp}`, body: 'Des échanges entre écoles.' })).id;
    });
    afterAll(() => context.close());

    it.each([
      ['/admin/users', 'in-admin-forbidden'],
      ['/no-such-page', 'in-not-found'],
    ])('%s', async (path, shot) => {
      await audit(page, path, shot);
    });

    it('the organisation page, as its administrator, and its edit dialog', async () => {
      await audit(page, `/organisations/${org.slug}`, 'in-organisation');
      await auditDialog(page, 'organisation-edit', page.locator('main').getByRole('button', { name: fr.organisations.edit.open }));
    });

    it('the account deletion dialog', async () => {
      await visit(page, '/account');
      await auditDialog(page, 'account-delete', page.getByRole('button', { name: fr.account.delete.open }));
    });

    it('the user menu, opened', async () => {
      await visit(page, '/');
      await page.getByRole('button', { name: `Lucía ${stamp}`, exact: true }).click();
      await page.getByRole('menu').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    });

    it('a draft proposal’s submit confirmation', async () => {
      await visit(page, `/proposals/${draft}`);
      await auditDialog(
        page,
        'proposal-submit',
        page.locator('main').getByRole('button', { name: ns('proposals').page.submit, exact: true }),
      );
    });

    it('the report dialog of a proposal', async () => {
      const [proposal] = (await (await context.request.get(`${baseUrl()}/api/proposals?limit=1`)).json()).items;
      await visit(page, `/proposals/${proposal.id}`);
      await auditDialog(page, 'report', page.locator('main').getByRole('button', { name: ns('proposals').page.report, exact: true }));
    });

    it('the plan’s sources drawer and, on the review version, the comment and amendment dialogs', async () => {
      await visit(page, `/plans/${DEMO_PLAN}?version=3`);
      const plan = ns('plan');
      await page.getByText(plan.review.selectHint).waitFor();
      await auditDialog(page, 'plan-sources', page.getByRole('button', { name: named(`${plan.sources.button_other} — {{title}}`) }));
      await auditDialog(page, 'plan-comment', page.getByRole('button', { name: plan.review.comment }));
      await auditDialog(page, 'plan-amendment', page.getByRole('button', { name: plan.review.amend }));
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

    it('/profile, sent to sign in', async () => {
      await audit(page, '/profile', 'out-profile-redirect');
    });

    it('the public balance, its figures as tables', async () => {
      await audit(page, `${C}/balance`, 'out-consultation-balance');
      await showTables(page);
      await screenshot(page, 'a11y-out-consultation-balance-tables');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('a form showing its errors', async () => {
      await visit(page, '/register');
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: fr.auth.register.submit }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await screenshot(page, 'a11y-out-register-errors');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('in Spanish, on a phone-sized screen: the menu drawer', async () => {
      const phone = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
      const small = await phone.newPage();
      await visit(small, '/');
      expect(await small.locator('html').getAttribute('lang')).toBe('es');
      await small.getByRole('heading', { level: 1, name: es.home.hero.title }).waitFor();
      await auditDialog(small, 'menu-es-phone', small.getByRole('button', { name: es.nav.openMenu }));
      await phone.close();
    });
  });

  describe('signed in as an official', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      await signInAsNew(browser, context, 'official', 'a11y');
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it('the consultation dashboard, as tables', async () => {
      await visit(page, `${C}/dashboard`);
      await showTables(page);
      await screenshot(page, 'a11y-official-dashboard-tables');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('the publish confirmation of a draft consultation', async () => {
      const { slug } = await post(context, '/api/consultations', {
        title: { fr: `Brouillon ${stamp}` },
        summary: { fr: 'Un brouillon pour vérifier la boîte de dialogue.' },
        languages: ['fr'],
        phases: [],
        quotas: {},
      });
      await visit(page, `/consultations/${slug}/edit`);
      const label = ns('consultations').actions.publish.label as string;
      await auditDialog(page, 'consultation-publish', page.locator('main').getByRole('button', { name: label, exact: true }));
    });

    it('monitoring: action tracking, measurement, externality, partner and network dialogs', async () => {
      const a = ns('accountability');
      await visit(page, '/monitoring');
      await auditDialog(page, 'tracking', page.getByRole('button', { name: named(a.track.openFor) }));
      await auditDialog(page, 'measurement', page.getByRole('button', { name: named(a.measure.openFor) }));
      await auditDialog(page, 'externality', page.getByRole('button', { name: a.externalities.record, exact: true }));
      await auditDialog(page, 'partner', page.getByRole('button', { name: a.partners.add, exact: true }));
      await auditDialog(page, 'network', page.getByRole('button', { name: a.networks.add, exact: true }));
    });

    it('an evaluation: follow-up, publish and delete dialogs', async () => {
      const a = ns('accountability');
      const { items } = await (await context.request.get(`${baseUrl()}/api/accountability/plans/${DEMO_PLAN}/evaluations`)).json();
      // The demo's published evaluation has recommendations; monitoring.e2e publishes one without, which may come first.
      const published = items.find((e: EvaluationListItem) => e.publishedAt && e.recommendations > 0);
      await visit(page, `/monitoring/evaluations/${published.id}`);
      await auditDialog(page, 'evaluation-follow-up', page.getByRole('button', { name: a.evaluations.followUpOpen }));
      const { id } = await post(context, `/api/accountability/plans/${DEMO_PLAN}/evaluations`, {
        kind: 'intermediate',
        title: { fr: `Évaluation ${stamp}` },
        periodStart: '2026-01-01',
        periodEnd: '2027-12-31',
        evaluatorKind: 'internal',
      });
      await visit(page, `/monitoring/evaluations/${id}`);
      await auditDialog(page, 'evaluation-publish', page.getByRole('button', { name: a.evaluations.publish, exact: true }));
      await auditDialog(page, 'evaluation-delete', page.getByRole('button', { name: a.evaluations.delete, exact: true }));
    });

    it('the annual summary editor: publish and discard dialogs', async () => {
      const s = ns('summaries');
      // A draft of its own year: accountability.e2e publishes this plan's summary of the current year, and may
      // run first. Generating over a published year opens its next version as a draft.
      await post(context, '/api/summaries', { plan: DEMO_PLAN, year: 2025 });
      await visit(page, `/summaries/${DEMO_PLAN}/2025/edit`);
      await auditDialog(page, 'summary-publish', page.locator('main').getByRole('button', { name: s.editor.publish, exact: true }));
      await auditDialog(page, 'summary-discard', page.locator('main').getByRole('button', { name: s.editor.discard, exact: true }));
    });

    it('the plan: version rename and restore, suggestion dialogs', async () => {
      const plan = ns('plan');
      await visit(page, `/plans/${DEMO_PLAN}/versions`);
      await auditDialog(page, 'version-rename', page.getByRole('button', { name: named(plan.versions.renameLabel) }));
      // Restoring asks in a dialog of the page (never the browser's confirm); Escape restores nothing.
      await auditDialog(page, 'version-restore', page.getByRole('button', { name: plan.versions.restore, exact: true }));
      await visit(page, `/plans/${DEMO_PLAN}/suggestions`);
      await auditDialog(page, 'plan-suggest', page.getByRole('button', { name: named(`${plan.suggestions.suggest} — {{label}}`) }));
    });

    it('the synthesis: a theme’s drawer', async () => {
      await visit(page, `${C}/synthesis`);
      await auditDialog(page, 'theme', page.getByRole('button', { name: named(ns('synthesis').themes.openNamed) }));
    });

    it('a room: the hide message dialog', async () => {
      const rooms = (await (await context.request.get(`${baseUrl()}/api/rooms`)).json()).items as { id: string; status: string }[];
      const open = rooms.find((r) => r.status === 'open') ?? rooms[0];
      const r = ns('rooms');
      await visit(page, `/rooms/${open.id}`);
      await page
        .getByRole('button', { name: named(r.facilitation.menu) })
        .first()
        .click();
      await auditDialog(page, 'room-hide', page.getByRole('menuitem', { name: r.facilitation.hide }));
    });
  });

  describe('signed in as the administrator', () => {
    it('/admin/users: role, block and sign-in link dialogs', async () => {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(context, '/api/auth/login', ADMIN);
      const a = catalogs[(await (await context.request.get(`${baseUrl()}/api/me`)).json()).preferredLanguage as 'fr'].accounts as Catalog;
      await visit(page, '/admin/users');
      await page.getByRole('table').waitFor();
      const block = named(`${a.admin.users.block}: {{name}}`);
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: block }) })
        .first();
      await auditDialog(page, 'user-block', row.getByRole('button', { name: block }));
      await auditDialog(page, 'user-link', row.getByRole('button', { name: named(`${a.admin.users.link}: {{name}}`) }));
      const role = row.getByRole('combobox');
      const current = await role.inputValue();
      await role.selectOption(current === 'participant' ? 'official' : 'participant');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect({ dialog: 'user-role', violations: await seriousViolations(page) }).toEqual({ dialog: 'user-role', violations: [] });
      await page.keyboard.press('Escape');
      await context.close();
    });
  });
});
