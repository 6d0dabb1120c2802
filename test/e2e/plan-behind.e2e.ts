// A plan editor's change in one language leaves the others behind, and the editor says which (issue 16):
// an official changes a section's title in French, the section's languages card lists Spanish, Catalan and
// English as behind the French; each drops off the list once its own text is edited, and a paragraph the
// machine fills (real Apertium) is not behind. What is asserted is what the official reads on the page.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import type { Language } from '@polyphony/contracts';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { signInAsNew } from './support/routes';

type Catalog = Record<string, any>;
const plan = catalogs.fr.plan as Catalog;
const langs = catalogs.fr.officialLanguages as Catalog;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const TITLE = { fr: 'Peser dans les agendas', es: 'Influir en las agendas', ca: 'Influir en les agendes', en: 'Influence the agendas' };

/** "En retard en espagnol : Titre (modifié en français)", as the card says it. */
const behindLine = (language: Language, field: string, since: Language) =>
  fill(langs.behind.item, { language: langs.languages[language], field, since: langs.languages[since] });

describe('plan editor: the languages behind another language’s change', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let slug = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await signInAsNew(browser, context, 'official', 'behind');
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const post = async (path: string, data: unknown) => {
      const response = await context.request.post(`${baseUrl()}${path}`, { data, headers: { 'X-CSRF-Token': token } });
      expect({ path, status: response.status() }).toEqual({ path, status: 201 });
      return response.json();
    };
    slug = `behind-${Date.now().toString(36)}`;
    const created = await post('/api/plans', {
      slug,
      title: { fr: 'Plan des langues', es: 'Plan de las lenguas', ca: 'Pla de les llengües', en: 'Plan of the languages' },
      periodStart: 2026,
      periodEnd: 2030,
      languages: ['fr', 'es', 'ca', 'en'],
      consultationId: null,
    });
    await post(`/api/plans/${created.id}/sections`, { kind: 'specific_objective', content: { title: TITLE } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const editor = () => page.locator('section[aria-labelledby="editing-title"]');
  const card = () => page.getByTestId('languages-behind');
  const titleField = () => editor().getByLabel(plan.fields.title, { exact: true });
  /** The lines of the "behind" card, as read. */
  const behindLines = async (): Promise<string[]> => (await card().getByRole('listitem').allTextContents()).map((s) => s.trim());

  /** The autosave says "Enregistré (révision 3)" in the editor (or nothing while idle). */
  const SAVED = 'section[aria-labelledby="editing-title"] [role="status"]';
  const savedPrefix = plan.editor.saved.split('{{')[0] as string;
  const savedStatus = () =>
    page.evaluate(
      ({ sel, prefix }) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '').find((s) => s.startsWith(prefix)) ?? '',
      { sel: SAVED, prefix: savedPrefix },
    );

  /** Types into a field and waits for the autosave to say "saved" at a newer revision. */
  async function typeAndSave(field: Locator, text: string) {
    const before = await savedStatus();
    await field.fill(text);
    await page.waitForFunction(
      ({ sel, prefix, was }) => [...document.querySelectorAll(sel)].some((e) => e.textContent?.startsWith(prefix) && e.textContent !== was),
      { sel: SAVED, prefix: savedPrefix, was: before },
      { timeout: 20_000 },
    );
  }

  const contentLanguage = (lang: Language) => page.getByLabel(plan.fields.contentLanguage).selectOption(lang);

  it('a French title change puts Spanish, Catalan and English behind; each is up to date once edited', async () => {
    await page.goto(`${baseUrl()}/plans/${slug}/edit`);
    await page.getByRole('button', { name: TITLE.fr }).click();
    await titleField().waitFor();
    expect(await titleField().inputValue()).toBe(TITLE.fr);
    // Every language written at the same time: none behind, no card.
    expect(await card().count()).toBe(0);

    await typeAndSave(titleField(), 'Peser dans les agendas mondiaux');
    await card().waitFor();
    const field = langs.fill.field.title as string;
    expect(
      await card()
        .getByText(fill(langs.behind.title_other, { count: 3 }))
        .count(),
    ).toBe(1);
    expect(await behindLines()).toEqual([behindLine('es', field, 'fr'), behindLine('ca', field, 'fr'), behindLine('en', field, 'fr')]);
    await screenshot(page, 'plan-behind-fr-1280');

    // Still so for the next official who opens the editor: the revisions are the server's.
    await page.reload();
    await page.getByRole('button', { name: 'Peser dans les agendas mondiaux' }).click();
    await card().waitFor();
    expect(await behindLines()).toEqual([behindLine('es', field, 'fr'), behindLine('ca', field, 'fr'), behindLine('en', field, 'fr')]);

    // The Spanish title brought up to date: Spanish leaves the list.
    await contentLanguage('es');
    expect(await titleField().inputValue()).toBe(TITLE.es);
    await typeAndSave(titleField(), 'Influir en las agendas mundiales');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="languages-behind"] li').length === n, 2);
    expect(await behindLines()).toEqual([behindLine('ca', field, 'fr'), behindLine('en', field, 'fr')]);
    expect(
      await card()
        .getByText(fill(langs.behind.title_other, { count: 2 }))
        .count(),
    ).toBe(1);

    // A new French paragraph filled by machine in the other languages is as fresh as the French: not behind.
    await contentLanguage('fr');
    await editor().getByRole('button', { name: plan.editor.addParagraph }).click();
    await typeAndSave(
      editor().getByLabel(fill(plan.fields.paragraph, { n: 1 }), { exact: true }),
      'Compter dans les réseaux européens de villes.',
    );
    await editor().getByRole('button', { name: langs.fill.button }).click();
    await editor()
      .getByText(fill(langs.fill.done_other, { count: 3 }))
      .waitFor({ timeout: 60_000 });
    await contentLanguage('ca');
    expect(
      (
        await editor()
          .getByLabel(fill(plan.fields.paragraph, { n: 1 }), { exact: true })
          .inputValue()
      ).length,
    ).toBeGreaterThan(0);
    expect(await behindLines()).toEqual([behindLine('ca', field, 'fr'), behindLine('en', field, 'fr')]);

    // Catalan and English brought up to date: nothing is behind, the card goes.
    await typeAndSave(titleField(), 'Influir en les agendes mundials');
    await contentLanguage('en');
    await typeAndSave(titleField(), 'Influence the global agendas');
    await card().waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'plan-behind-none-fr-390');
  });
});
