import type { Browser, Locator } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

const DEMO_PASSWORD = 'polyphony-demo';

/** The number shown in a figure card, whatever the language's digit grouping. */
async function figure(card: Locator): Promise<number> {
  const text = await card.innerText();
  const digits = text.match(/\d[\d\s.,\u202f\u00a0]*/)?.[0].replace(/\D/g, '');
  if (!digits) throw new Error(`no figure in "${text}"`);
  return Number(digits);
}

describe('figures: the same count wherever it is shown', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the home page and the dashboard show the same number of participants', async () => {
    const home = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await home.goto(`${baseUrl()}/`);
    const territory = home.locator('section[aria-labelledby="territory-title"]');
    const onHome = territory.locator('.mantine-Card-root').first();
    await onHome.waitFor();
    const homeCount = await figure(onHome);
    expect(homeCount).toBeGreaterThan(0);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const login = await context.request.post(`${baseUrl()}/api/auth/login`, {
      headers: { 'X-CSRF-Token': token },
      data: { email: 'official@demo.polyphony.test', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const { preferredLanguage } = (await (await context.request.get(`${baseUrl()}/api/me`)).json()) as { preferredLanguage: string };
    const label = (catalogs as any)[preferredLanguage].consultations.dashboard.participants as string;
    const dashboard = await context.newPage();
    await dashboard.goto(`${baseUrl()}/dashboard`);
    const card = dashboard
      .locator('.mantine-Card-root')
      .filter({ has: dashboard.getByText(label, { exact: true }) })
      .first();
    await card.waitFor();
    await screenshot(dashboard, 'figures-dashboard');
    expect(await figure(card)).toBe(homeCount);
  });
});
