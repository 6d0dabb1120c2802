import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

type Catalog = Record<string, any>;
const PASSWORD = 'polyphony-demo';

/** Signs in through the API (the cookie then serves the pages). */
async function login(context: BrowserContext, email: string) {
  const token = (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token as string;
  const response = await context.request.post(`${baseUrl()}/api/auth/login`, {
    headers: { 'X-CSRF-Token': token },
    data: { email, password: PASSWORD },
  });
  expect(response.status()).toBe(200);
}

/** The theme headings of the live panel, once each label is in `language` (translated and marked, or written so). */
async function labelsIn(page: Page, language: string): Promise<string[]> {
  const panel = page.getByTestId('room-synthesis');
  const headings = panel.locator('article h3');
  await headings.first().waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    (lang) => [...document.querySelectorAll('[data-testid="room-synthesis"] article h3')].every((h) => h.getAttribute('lang') === lang),
    language,
    { timeout: 60_000 },
  );
  return headings.allInnerTexts();
}

describe('the live synthesis of a room in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an official reads the demo room’s themes in Spanish, then in Catalan: labels are short phrases in the reader’s language, quotes show their Markdown rendered', async () => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await login(context, 'official@demo.polyphony.test');
    const closed = await (await context.request.get(`${baseUrl()}/api/rooms?status=closed`)).json();
    // The demo's closed room: a multilingual transcript whose messages use Markdown (**bold**).
    const room = closed.items.find((r: { title: { fr?: string } }) => r.title.fr?.startsWith('Diplomatie des villes'));
    expect(room).toBeDefined();

    await page.goto(`${baseUrl()}/rooms/${room.id}/synthesis`);
    for (const language of ['es', 'ca'] as const) {
      if (language !== 'es') {
        // The header's language switcher (it also saves the choice: put back at the end).
        await page
          .getByLabel((catalogs.es.web as Catalog).language.label)
          .first()
          .selectOption(language);
      }
      const live = catalogs[language].synthesis as Catalog;
      await page.getByRole('heading', { level: 1, name: live.live.pageTitle }).waitFor();
      const labels = await labelsIn(page, language);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const label of labels) {
        // A phrase, not key phrases joined by dots; capitalised; short.
        expect(label).not.toMatch(/\s[·|]\s/); // (a Catalan "l·l" is a letter)
        expect(label.split(/\s+/).length).toBeLessThanOrEqual(10);
        expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
      }
      await screenshot(page, `room-synthesis-${language}-1280`);
      const panel = page.getByTestId('room-synthesis');
      // Messages are Markdown: quotes show it rendered, never the asterisks. Which messages are
      // quoted depends on the run (with translation slow or off, texts go without pivot).
      const shown: { themes: { quotes: { text: string }[] }[] } = await (
        await context.request.get(`${baseUrl()}/api/rooms/${room.id}/synthesis/live`)
      ).json();
      const bold = shown.themes.flatMap((t) => t.quotes).filter((q) => /\*\*\S/.test(q.text)).length;
      expect(await panel.innerText()).not.toContain('**');
      expect(await panel.locator('.live-quote strong').count()).toBeGreaterThanOrEqual(bold ? 1 : 0);
    }
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'room-synthesis-ca-390');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page
      .getByLabel((catalogs.ca.web as Catalog).language.label)
      .first()
      .selectOption('es');
    await page.getByRole('heading', { level: 1, name: (catalogs.es.synthesis as Catalog).live.pageTitle }).waitFor();
    await context.close();
  });
});
