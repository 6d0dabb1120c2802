import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot, settleAnimations } from './support/browser';

type Catalog = Record<string, any>;
const SLUG = 'pla-internacionalitzacio-metropolitana';
const PASSWORD = 'polyphony-demo';

/** Signs in through the login page; the UI then speaks the person's own language. */
async function signIn(page: Page, email: string) {
  const fr = catalogs.fr.web as Catalog;
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel(new RegExp(`^${fr.fields.email}`)).fill(email);
  await page.getByLabel(new RegExp(`^${fr.fields.password}`)).fill(PASSWORD);
  await page.getByRole('button', { name: fr.auth.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function axe(page: Page) {
  // Our page's content; the shell (header, footer) is audited by accessibility.e2e.ts.
  await settleAnimations(page);
  const result = await new AxeBuilder({ page }).include('main').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 200)).join(', ')}`);
}

describe('synthesis: an official works on themes, a participant votes and sees the opinion map', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('an official (in Spanish) runs a synthesis of the demo consultation, merges two themes and opens a theme’s contributions', async () => {
    const es = catalogs.es.synthesis as Catalog;
    const label = `Europa y fondos ${Date.now().toString(36)}`;
    await signIn(page, 'official@demo.polyphony.test');
    await page.goto(`${baseUrl()}/consultations/${SLUG}/synthesis`);
    await page.getByRole('heading', { level: 1, name: es.workspace.title }).waitFor();
    // The demo run is there from the start.
    await page.getByTestId('theme-card').first().waitFor();
    const runsBefore = await page.getByRole('button', { name: es.runs.show }).count();
    await page.getByRole('button', { name: es.runs.start }).click();
    await page.getByRole('button', { name: es.runs.show }).nth(runsBefore).waitFor({ timeout: 60_000 });
    await screenshot(page, 'synthesis-01-workspace-es');
    expect(await axe(page)).toEqual([]);

    const cards = page.getByTestId('theme-card');
    const before = await cards.count();
    const names = [await cards.nth(0).getByRole('heading').innerText(), await cards.nth(1).getByRole('heading').innerText()];
    await cards.nth(0).getByRole('checkbox', { name: es.themes.selectToMerge }).check();
    await cards.nth(1).getByRole('checkbox', { name: es.themes.selectToMerge }).check();
    await page.getByLabel(new RegExp(es.merge.newLabel_other.split('(')[0].trim())).fill(label);
    await page.getByRole('button', { name: es.merge.submit_other.replace('{{count}}', '2') }).click();
    await page.getByRole('heading', { name: label }).waitFor();
    expect(await cards.count()).toBe(before - 1);
    for (const name of names) expect(await page.getByRole('heading', { name, exact: true }).count()).toBe(0);
    await screenshot(page, 'synthesis-02-merged-es');

    const merged = cards.filter({ has: page.getByRole('heading', { name: label }) });
    await merged.getByRole('button', { name: es.themes.openNamed.replace('{{label}}', label) }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('theme-contribution').first().waitFor();
    expect(await drawer.getByTestId('theme-contribution').count()).toBeGreaterThan(2);
    // Each contribution in the reader's language: what was written in another is machine translated, and says so.
    await drawer.getByTestId('machine-translation-mark').first().waitFor();
    const shown = await drawer.getByTestId('theme-contribution').evaluateAll((items) =>
      items.map((item) => ({
        lang: item.querySelector('[lang]')?.getAttribute('lang'),
        marked: !!item.querySelector('[data-testid="machine-translation-mark"]'),
      })),
    );
    expect(shown.every((c) => c.lang === 'es')).toBe(true);
    expect(shown.filter((c) => c.marked).length).toBeGreaterThan(0);
    // And back: a contribution shows its themes.
    await drawer.getByTestId('theme-contribution').first().getByRole('button', { name: es.drawer.showThemes }).click();
    await drawer.getByTestId('contribution-themes').getByRole('button', { name: label }).waitFor();
    await screenshot(page, 'synthesis-03-theme-contributions-es');
  });

  it('a participant (in French) votes on statements one card at a time with the keyboard, then sees the opinion map', async () => {
    const fr = catalogs.fr.synthesis as Catalog;
    await signIn(page, 'participant@demo.polyphony.test');
    await page.goto(`${baseUrl()}/consultations/${SLUG}/statements`);
    await page.getByRole('heading', { level: 1, name: fr.statements.title }).waitFor();
    const card = page.getByTestId('vote-card');
    // On a fresh app the first card shows; on a rerun this person may have voted on everything already.
    await card.locator('[data-testid="statement-text"], [data-testid="vote-done"]').first().waitFor();
    await screenshot(page, 'synthesis-04-vote-card-fr');
    expect(await axe(page)).toEqual([]);
    const keys = ['a', 'd', 'p', 'a', 'a', 'd', 'a', 'd', 'a', 'p', 'a', 'd'];
    const statementOrDone = card.locator('[data-testid="statement-text"], [data-testid="vote-done"]').first();
    for (let i = 0; i < 30; i++) {
      // Between two cards neither shows; after the last vote, "done" comes instead of a statement.
      await statementOrDone.waitFor();
      if (await card.getByTestId('vote-done').count()) break;
      const text = await card.getByTestId('statement-text').innerText();
      if (i === 0) await card.getByRole('button', { name: new RegExp(`^${fr.vote.agree}`) }).click();
      else await page.keyboard.press(keys[i % keys.length]);
      await page
        .waitForFunction(
          (previous) => {
            const el = document.querySelector<HTMLElement>('[data-testid="statement-text"]');
            return !el || el.innerText !== previous;
          },
          text,
          { timeout: 10_000 },
        )
        .catch(async (error) => {
          await screenshot(page, 'synthesis-vote-stuck');
          throw error;
        });
    }
    await card.getByTestId('vote-done').waitFor();
    const map = page.getByTestId('opinion-map');
    await map.waitFor();
    await map.getByText(fr.map.you).waitFor();
    expect(await map.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'synthesis-05-opinion-map-fr');
    expect(await axe(page)).toEqual([]);
  });
});
