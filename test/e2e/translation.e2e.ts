import type { Browser } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

const T = (lang: 'ca' | 'en') => catalogs[lang].translation as Record<string, any>;

describe('reading someone else in your language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a Catalan reader opens a Spanish proposal, reads it in Catalan with the mark, and toggles the original', async () => {
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 900 } });
    const list = await (await context.request.get(`${baseUrl()}/api/proposals?limit=50&sort=supports`)).json();
    const spanish = (list.items as { id: string; title: string; language: string }[]).find((p) => p.language === 'es');
    expect(spanish).toBeDefined();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/proposals/${spanish!.id}`);
    const ca = T('ca');
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByTestId('machine-translation-mark').first().waitFor();
    await expect(page.getByTestId('machine-translation-mark').first().textContent()).resolves.toBe(ca.machineTranslatedFrom.es);
    const translated = await heading.textContent();
    expect(translated).not.toBe(spanish!.title);
    expect(await heading.getAttribute('lang')).toBe('ca');
    await screenshot(page, 'translation-proposal-ca-1280');

    // The original, one click (or key press) away, then back.
    const toggle = page.getByRole('button', { name: ca.showOriginal }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(heading.textContent()).resolves.toBe(spanish!.title);
    expect(await heading.getAttribute('lang')).toBe('es');
    await expect(page.getByTestId('machine-translation-mark').first().textContent()).resolves.toBe(
      ca.original.replace('{{language}}', ca.languages.es),
    );
    const back = page.getByRole('button', { name: ca.showTranslation }).first();
    expect(await back.getAttribute('aria-pressed')).toBe('true');
    await back.click();
    await expect(heading.textContent()).resolves.toBe(translated);

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'translation-proposal-ca-390');
    await context.close();

    // An English reader gets the same proposal in English.
    const en = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const enPage = await en.newPage();
    await enPage.goto(`${baseUrl()}/proposals/${spanish!.id}`);
    await enPage.getByText(T('en').machineTranslatedFrom.es).first().waitFor();
    await screenshot(enPage, 'translation-proposal-en-390');
    await en.close();
  });
});
