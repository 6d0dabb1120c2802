import type { Browser, BrowserContext } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { seriousViolations } from './support/axe';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { adoptedPlanWithAction, signInToWrite } from './support/demo-api';

type Catalog = Record<string, any>;
const tr = (lang: string) => (catalogs as any)[lang].translation as Catalog;

/**
 * Issue 13, item 4: an English reader of the annual summary and of the monitoring page never gets the
 * French text silently: a narrative written only in French and a unit named only in French are shown
 * machine translated, with the one mark ("Machine translated from French") and the original a click away.
 */
describe('official content never silently falls back: the annual summary and the monitoring page in English', () => {
  let browser: Browser;
  let official: BrowserContext;
  const stamp = Date.now().toString(36);
  const slug = `plan-noms-${stamp}`;
  const year = new Date().getUTCFullYear();
  const outlook = 'L’année prochaine, la métropole ouvrira la consultation à toutes les associations du territoire.';
  const unitFr = `nuitées d’hôtel ${stamp}`;
  const milestoneFr = 'Ouverture du nouveau palais des congrès';

  beforeAll(async () => {
    browser = await launchBrowser();
    official = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    // An admin: the territory's vocabulary (units) is theirs; plans and summaries too.
    const post = await signInToWrite(official, 'admin@demo.polyphony.test');
    // A unit of the territory's vocabulary named only in French.
    const unit = await post('/api/taxonomy', { kind: 'indicator_unit', label: { fr: unitFr } });
    // An adopted plan: one line, one action measured in that unit, adopted as version 1, named in French only
    // (the monitoring page names it, translated and marked).
    const action = await adoptedPlanWithAction(post, {
      slug,
      title: { fr: 'Plan des noms', es: 'Plan de los nombres', ca: 'Pla dels noms', en: 'Names plan' },
      line: { fr: 'Attractivité', es: 'Atractivo', ca: 'Atractiu', en: 'Attractiveness' },
      action: {
        title: { fr: 'Accueillir les congrès', es: 'Acoger congresos', ca: 'Acollir congressos', en: 'Host congresses' },
        leadDepartment: { fr: 'Service du tourisme', es: 'Servicio de Turismo', ca: 'Servei de Turisme', en: 'Tourism Office' },
        indicators: [
          {
            id: crypto.randomUUID(),
            kind: 'quantitative',
            name: { fr: 'Nuitées liées aux congrès', es: 'Pernoctaciones', ca: 'Pernoctacions', en: 'Congress overnight stays' },
            unit: unit.key,
            baselineValue: 1000,
            baselineDate: `${year - 1}-01-01`,
            targetValue: 5000,
            targetDate: `${year + 3}-12-31`,
          },
        ],
      },
      version: { fr: 'Version adoptée par le conseil' },
    });
    // Its tracking: a sub-action titled in four languages, a milestone titled in French only.
    await post(
      `/api/accountability/actions/${action.id}`,
      {
        status: 'in_progress',
        subActions: [
          {
            title: { fr: 'Salon des congrès', es: 'Feria de congresos', ca: 'Fira de congressos', en: 'Congress fair' },
            weight: 1,
            progress: 40,
          },
        ],
        milestones: [{ title: { fr: milestoneFr }, dueOn: `${year + 1}-06-30` }],
      },
      'put',
    );
    // Its summary of the year: the outlook written in French only, published.
    const draft = await post('/api/summaries', { plan: slug, year });
    const saved = await post(
      `/api/summaries/${draft.id}`,
      {
        narrative: {
          introduction: {
            fr: 'Une année de congrès.',
            es: 'Un año de congresos.',
            ca: 'Un any de congressos.',
            en: 'A year of congresses.',
          },
          outlook: { fr: outlook },
        },
        revision: draft.revision,
      },
      'put',
    );
    await post(`/api/summaries/${saved.id}/publish`, { revision: saved.revision });
  });
  afterAll(async () => {
    await official?.close();
    await browser?.close();
  });

  it('an English reader of the summary reads the French-only outlook machine translated, marked, with the original a click away', async () => {
    const en = tr('en');
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/summaries/${slug}/${year}`);
    const section = page.locator('[data-narrative="outlook"]');
    // "In French: translating…" first, then the translation with its mark.
    const mark = section.getByTestId('machine-translation-mark');
    await section.getByText(en.machineTranslatedFrom.fr).waitFor();
    expect(await mark.textContent()).toBe(en.machineTranslatedFrom.fr);
    const body = section.locator('[lang="en"]').first();
    const translated = (await body.textContent()) ?? '';
    expect(translated).not.toContain('L’année prochaine');
    expect(translated.toLowerCase()).toContain('year');
    // Written in English: no mark on the introduction.
    expect(await page.locator('[data-narrative="introduction"] [data-mark]').count()).toBe(0);
    await screenshot(page, 'official-names-summary-en-1280');
    expect(await seriousViolations(page)).toEqual([]);

    // The original, one click away, then back.
    await section.getByRole('button', { name: en.showOriginal }).click();
    await section.locator('[lang="fr"]').getByText('L’année prochaine', { exact: false }).waitFor();
    expect(await section.getByRole('button', { name: en.showTranslation }).getAttribute('aria-pressed')).toBe('true');
    await section.getByRole('button', { name: en.showTranslation }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'official-names-summary-en-390');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    // The same summary for a Catalan reader: the outlook translated from French, the mark in Catalan.
    const ca = await browser.newContext({ locale: 'ca-ES', viewport: { width: 390, height: 844 } });
    const caPage = await ca.newPage();
    await caPage.goto(`${baseUrl()}/summaries/${slug}/${year}`);
    await caPage.locator('[data-narrative="outlook"]').getByText(tr('ca').machineTranslatedFrom.fr).waitFor();
    await screenshot(caPage, 'official-names-summary-ca-390');
    await ca.close();
  });

  it('an English reader of the monitoring page reads the French-only unit machine translated, marked', async () => {
    const en = tr('en');
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/monitoring?plan=${slug}`);
    const card = page.getByRole('article').filter({ hasText: 'Congress overnight stays' });
    await card.getByText(en.machineTranslatedFrom.fr).waitFor();
    const summary = (await card.locator('p').filter({ hasText: en.machineTranslatedFrom.fr }).first().textContent()) ?? '';
    expect(summary).not.toContain(unitFr);
    // The department is written in English: shown as it is, without a mark.
    await page.getByText('Tourism Office', { exact: false }).first().waitFor();
    // The sub-action's English title as written; the French-only milestone machine translated and marked.
    await page.getByText('Congress fair', { exact: false }).first().waitFor();
    const item = page.locator('li').filter({ hasText: 'Congress fair' });
    await item.locator('.official-text[data-state="machine"]').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain(milestoneFr);
    await screenshot(page, 'official-names-monitoring-en-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'official-names-monitoring-en-390');
    await context.close();

    const fr = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const frPage = await fr.newPage();
    await frPage.goto(`${baseUrl()}/monitoring?plan=${slug}`);
    await frPage.getByText(unitFr, { exact: false }).first().waitFor();
    await frPage.getByText(milestoneFr, { exact: false }).first().waitFor();
    await frPage.getByText('Salon des congrès', { exact: false }).first().waitFor();
    await screenshot(frPage, 'official-names-monitoring-fr-1280');
    await frPage.setViewportSize({ width: 390, height: 844 });
    await screenshot(frPage, 'official-names-monitoring-fr-390');
    await fr.close();
  });
});
