import type { Browser, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot, settleAnimations } from './support/browser';

type Catalog = Record<string, any>;
const DEMO_CONSULTATION = 'pla-internacionalitzacio-metropolitana';
type Lang = 'fr' | 'es' | 'ca' | 'en';
const OFFICIAL = { email: 'official@demo.polyphony.test', password: 'polyphony-demo' };
const ADMIN = { email: 'admin@polyphony.local', password: 'e2e-admin-password' };

/** Signs in; the interface then follows the account's preferred language, returned with it. */
async function signedIn(browser: Browser, who: { email: string; password: string }, width: number): Promise<{ page: Page; lang: Lang }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height: 900 } });
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const res = await context.request.post(`${baseUrl()}/api/auth/login`, { headers: { 'X-CSRF-Token': token }, data: who });
  expect(res.status()).toBe(200);
  const me = await res.json();
  return { page: await context.newPage(), lang: (me.preferredLanguage ?? me.user?.preferredLanguage ?? 'fr') as Lang };
}

/** The first column of a chart panel's table view: the names the chart must show. */
async function tableNames(panel: Locator, c: Catalog): Promise<string[]> {
  await panel.getByRole('radiogroup').locator('label', { hasText: c.dashboard.table }).click();
  await panel.getByRole('table').waitFor();
  const names = await panel.locator('tbody tr td:first-child, tbody tr th:first-child').allInnerTexts();
  await panel.getByRole('radiogroup').locator('label', { hasText: c.dashboard.chart }).click();
  await panel.locator('.recharts-wrapper').first().waitFor({ state: 'attached' });
  return names.map((n) => n.trim());
}

describe('the stakeholder dashboard: every bar and slice is named', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [role, who, width] of [
    ['the admin', ADMIN, 390],
    ['an official', OFFICIAL, 1280],
  ] as const) {
    it(`${role} at ${width} px, in their language: each category label beside its bar, and the diaspora origins with a legend`, async () => {
      const { page, lang } = await signedIn(browser, who, width);
      const c = catalogs[lang].consultations as Catalog;
      await page.goto(`${baseUrl()}/consultations/${DEMO_CONSULTATION}/dashboard`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const byCategory = page.getByRole('region', { name: c.dashboard.byCategory });
      await byCategory.waitFor();
      await screenshot(page, `dashboard-loaded-${lang}-${width}`);
      await byCategory.locator('.recharts-cartesian-axis-tick-value').first().waitFor({ state: 'attached' });
      await settleAnimations(page);

      const categories = await tableNames(byCategory, c);
      expect(categories.length).toBeGreaterThanOrEqual(5);
      await byCategory.locator('.recharts-cartesian-axis-tick-value').first().waitFor();
      // A long label wraps onto two lines (tspans): compare without spaces.
      const flat = (x: string) => x.replace(/\s+/g, '');
      const ticks = (await byCategory.locator('.recharts-cartesian-axis-tick-value').allTextContents()).map(flat);
      for (const name of categories) expect(ticks).toContain(flat(name));

      const origins = page.getByRole('region', { name: c.dashboard.origins });
      await origins.getByRole('radiogroup').locator('label', { hasText: c.dashboard.table }).click();
      const rows = await origins
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td, th')).map((cell) => (cell.textContent ?? '').trim())));
      await origins.getByRole('radiogroup').locator('label', { hasText: c.dashboard.chart }).click();
      const shown = rows.filter(([, count]) => /^\d+$/.test(count ?? ''));
      expect(shown.length).toBeGreaterThan(0);
      const legend = (await origins.getByTestId('chart-legend').getByRole('listitem').allInnerTexts()).map((x) => x.trim());
      expect(legend.sort()).toEqual(shown.map(([name, count]) => `${name} (${count})`).sort());
      // The institutions reached per group (interviews) name every group too.
      const interviews = catalogs[lang].interviews as Catalog;
      const reached = page.getByRole('region', { name: interviews.progress.byCategory });
      const groups = await tableNames(reached, c);
      const groupTicks = (await reached.locator('.recharts-cartesian-axis-tick-value').allTextContents()).map(flat);
      for (const name of groups) expect(groupTicks).toContain(flat(name));
      await settleAnimations(page);
      await screenshot(page, `dashboard-charts-${lang}-${width}`);
      await page.context().close();
    });
  }
});
