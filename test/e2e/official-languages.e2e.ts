import type { Browser, BrowserContext } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot, settleAnimations } from './support/browser';

type Catalog = Record<string, any>;
const ol = (lang: string) => (catalogs as any)[lang].officialLanguages as Catalog;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k) => String(values[k] ?? ''));

async function csrf(context: BrowserContext) {
  return (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token as string;
}

/** Issue 13, item 4: official content never silently falls back to another language. */
describe('official content in every language: a marked machine translation for readers, fill and approve for officials', () => {
  let browser: Browser;
  let officialContext: BrowserContext;
  const slug = `plan-langues-${Date.now().toString(36)}`;
  const french = 'La métropole travaille avec ses partenaires européens pour attirer des fonds.';
  let planId: string;
  let sectionId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    officialContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const token = await csrf(officialContext);
    const login = await officialContext.request.post(`${baseUrl()}/api/auth/login`, {
      headers: { 'X-CSRF-Token': token },
      data: { email: 'official@demo.polyphony.test', password: 'polyphony-demo' },
    });
    expect(login.status()).toBe(200);
    const t2 = await csrf(officialContext);
    const headers = { 'X-CSRF-Token': t2, 'Accept-Language': 'fr' };
    // A plan in French, Spanish and English whose section was only written in French, open for public review.
    const plan = await (
      await officialContext.request.post(`${baseUrl()}/api/plans`, {
        headers,
        data: {
          slug,
          title: { fr: 'Plan des langues', es: 'Plan de las lenguas', en: 'Languages plan' },
          periodStart: 2026,
          periodEnd: 2030,
          languages: ['fr', 'es', 'en'],
          consultationId: null,
        },
      })
    ).json();
    planId = plan.id;
    const section = await (
      await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/sections`, {
        headers,
        data: {
          kind: 'text',
          content: { title: { fr: 'Coopération européenne' }, paragraphs: [{ id: crypto.randomUUID(), text: { fr: french } }] },
        },
      })
    ).json();
    sectionId = section.id;
    expect(
      (
        await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/versions`, { headers, data: { name: { fr: 'Consultation' } } })
      ).status(),
    ).toBe(201);
    expect(
      (
        await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/versions/1/review`, { headers, data: { open: true } })
      ).status(),
    ).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('an English reader sees the French paragraph machine translated, marked, with the original one click away', async () => {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/plans/${slug}`);
      const section = page.locator(`#s-${sectionId}`);
      const mark = section.locator('[data-mark="machine"]').last();
      await mark.waitFor({ timeout: 30_000 });
      // The one mark (TranslationMark) for every machine translation: the translation namespace's words.
      const mt = (catalogs as any).en.translation as Catalog;
      await expect(mark.textContent()).resolves.toContain(mt.machineTranslatedFrom.fr);
      const paragraph = section.locator('.plan-html').first();
      await expect(paragraph.getAttribute('lang')).resolves.toBe('en');
      const translated = (await paragraph.textContent()) ?? '';
      expect(translated).not.toContain('travaille');
      expect(translated.toLowerCase()).toMatch(/partners|european/);
      await settleAnimations(page);
      await screenshot(page, `official-languages-reader-en-${width}`);
      await mark.getByRole('button', { name: mt.showOriginal }).click();
      await expect(section.locator('.plan-html').first().textContent()).resolves.toContain(french);
      await expect(section.locator('.plan-html').first().getAttribute('lang')).resolves.toBe('fr');
      await context.close();
    }
  }, 120_000);

  it('an official fills the section’s missing languages and approves one; the Spanish reader of the next version reads "to be reviewed"', async () => {
    const page = await officialContext.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const me = await (await officialContext.request.get(`${baseUrl()}/api/me`)).json();
    const lang = me.preferredLanguage as string;
    const c = ol(lang);
    await page.goto(`${baseUrl()}/plans/${slug}/edit`);
    await page.getByRole('button', { name: 'Coopération européenne' }).first().click();
    await page.getByRole('button', { name: c.fill.button }).click();
    const status = page.getByRole('status').filter({ hasText: fill(c.fill.done_other, { count: 4 }) });
    await status.waitFor({ timeout: 30_000 });
    const toReview = page.getByText(fill(c.fill.toReview_other, { count: 4 }));
    await toReview.waitFor();
    await settleAnimations(page);
    await screenshot(page, `official-languages-editor-${lang}-1280`);
    const approveTitleEn = fill(c.fill.approveLabel, { field: c.fill.field.title, language: 'English' });
    await page.getByRole('button', { name: approveTitleEn }).click();
    await page.getByText(fill(c.fill.toReview_other, { count: 3 })).waitFor();
    await expect(page.getByRole('button', { name: approveTitleEn }).count()).resolves.toBe(0);

    // Stored: the draft keeps three marks; a new public version carries them to readers.
    const headers = { 'X-CSRF-Token': await csrf(officialContext) };
    const draft = await (await officialContext.request.get(`${baseUrl()}/api/plans/${planId}?version=draft`)).json();
    expect(draft.sections.find((s: any) => s.id === sectionId).content.review).toHaveLength(3);
    await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/versions/1/review`, { headers, data: { open: false } });
    expect(
      (
        await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/versions`, { headers, data: { name: { fr: 'Traduite' } } })
      ).status(),
    ).toBe(201);
    expect(
      (
        await officialContext.request.post(`${baseUrl()}/api/plans/${planId}/versions/2/review`, { headers, data: { open: true } })
      ).status(),
    ).toBe(200);

    const es = ol('es');
    for (const width of [1280, 390]) {
      const reader = await browser.newContext({ locale: 'es-ES', viewport: { width, height: 900 } });
      const rp = await reader.newPage();
      await rp.goto(`${baseUrl()}/plans/${slug}`);
      const section = rp.locator(`#s-${sectionId}`);
      const review = section.locator('[data-mark="review"]').first();
      await review.waitFor({ timeout: 30_000 });
      await expect(review.textContent()).resolves.toContain(fill(es.mark.review, { language: es.languages.fr }));
      await expect(section.locator('.plan-html').first().getAttribute('lang')).resolves.toBe('es');
      await settleAnimations(rp);
      await screenshot(rp, `official-languages-reader-es-${width}`);
      await reader.close();
    }
    await page.close();
  }, 180_000);
});
