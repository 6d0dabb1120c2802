import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { SCREENSHOTS, baseUrl, launchBrowser, screenshot, settleAnimations } from './support/browser';

jest.setTimeout(240_000);

type Catalog = Record<string, any>;
const sum = (lang: string) => (catalogs as any)[lang].summaries as Catalog;
const acc = (lang: string) => (catalogs as any)[lang].accountability as Catalog;
const SLUG = 'plan-internationalisation-metropolitain';
const YEAR = new Date().getUTCFullYear();
const TERRITORY = { es: 'ÁREA METROPOLITANA DE BARCELONA', fr: 'AIRE MÉTROPOLITAINE DE BARCELONE' };
const fill = (text: string, values: Record<string, string | number>) => text.replace(/{{(\w+)}}/g, (_, k) => String(values[k]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function signIn(context: BrowserContext, email: string) {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const res = await context.request.post(`${baseUrl()}/api/auth/login`, {
    headers: { 'X-CSRF-Token': token },
    data: { email, password: 'polyphony-demo' },
  });
  expect(res.status()).toBe(200);
  return (await (await context.request.get(`${baseUrl()}/api/me`)).json()) as { preferredLanguage: string };
}

/** Serious and critical axe violations in the page's main content (the shell is audited by accessibility.e2e.ts). */
async function seriousViolations(page: Page, where: string) {
  await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ where, rule: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Renders a PDF's pages to PNG with poppler (as a reader's viewer would), copies them to the screenshots, returns page 1's text. */
function renderPdf(pdf: string, name: string): { pages: number; firstPage: string } {
  const dir = mkdtempSync(join(tmpdir(), 'summary-pdf-'));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
  const images = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
  for (const [i, image] of images.entries()) copyFileSync(join(dir, image), join(SCREENSHOTS, `${name}-page-${i + 1}.png`));
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages: images.length, firstPage };
}

describe('the annual summary: measured, generated, narrated, published, read and printed', () => {
  let browser: Browser;
  let officialContext: BrowserContext;
  let official: Page;
  let t: Catalog;
  let a: Catalog;
  const stamp = Date.now().toString(36);
  const introFr = `Une année d’écoute et de coopération : la consultation a réuni le territoire (${stamp}).`;
  const introEs = `Un año de escucha y cooperación: la consulta reunió a todo el territorio (${stamp}).`;
  const highlightsFr = '- Des entretiens avec les institutions\n- Des salons de discussion en quatre langues';
  const highlightsEs = '- Entrevistas con las instituciones\n- Salas de debate en cuatro idiomas';
  const measured: { name: string; value: number }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    officialContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const me = await signIn(officialContext, 'official@demo.polyphony.test');
    t = sum(me.preferredLanguage);
    a = acc(me.preferredLanguage);
    official = await officialContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an official records measurements on the monitoring page', async () => {
    const monitoring = await (await officialContext.request.get(`${baseUrl()}/api/accountability/plans/${SLUG}`)).json();
    const lang = (await (await officialContext.request.get(`${baseUrl()}/api/me`)).json()).preferredLanguage;
    const targets = monitoring.indicators.filter((i: any) => i.kind === 'quantitative' && i.targetValue !== null).slice(0, 2);
    expect(targets).toHaveLength(2);
    // This plan's page (other e2e files add plans of their own to the shared app).
    await official.goto(`${baseUrl()}/monitoring?plan=${SLUG}`);
    await official.getByRole('heading', { level: 1, name: a.title }).waitFor();
    for (const indicator of targets) {
      const name = indicator.name[lang] ?? indicator.name.fr;
      // A value that reaches the target: the indicator is on track in the summary.
      const value = indicator.targetValue;
      const card = official.locator('article', { has: official.getByRole('heading', { name, exact: true }) });
      await card.getByRole('button', { name: new RegExp(`^${escape(a.measure.open)}`) }).click();
      const dialog = official.getByRole('dialog');
      await dialog.getByLabel(new RegExp(`^${escape(a.indicator.value)}( \\(|$)`)).fill(String(value));
      await dialog.getByLabel(a.indicator.source).fill('Servicio de relaciones internacionales');
      await dialog.getByRole('button', { name: a.measure.submit }).click();
      await dialog.waitFor({ state: 'detached' });
      measured.push({ name, value });
    }
    await screenshot(official, 'summary-01-measurements');
    const after = await (await officialContext.request.get(`${baseUrl()}/api/accountability/plans/${SLUG}`)).json();
    for (const indicator of targets)
      expect(after.indicators.find((i: any) => i.id === indicator.id).measurements.at(-1).value).toBe(indicator.targetValue);
  });

  it(`generates the ${YEAR} summary from the data, writes its narrative in French and Spanish, previews and publishes it`, async () => {
    await official.goto(`${baseUrl()}/summaries`);
    await official.getByRole('heading', { level: 1, name: t.title }).waitFor();
    // Named: other files make plans of their own on the shared app, and the list's first may be one of them.
    await official.getByLabel(t.generate.plan).selectOption(SLUG);
    await official.getByLabel(t.generate.year).selectOption(String(YEAR));
    await official.getByRole('button', { name: t.generate.submit }).click();
    await official.waitForURL(`**/summaries/${SLUG}/${YEAR}/edit`);
    await official.getByRole('heading', { level: 1, name: fill(t.editor.title, { year: YEAR }) }).waitFor();

    // The draft's figures were refreshed: the new measurements are in them.
    const draft = await (await officialContext.request.get(`${baseUrl()}/api/summaries/${SLUG}/${YEAR}?version=draft`)).json();
    expect(draft.status).toBe('draft');
    for (const m of measured)
      expect(draft.figures.indicators.items.find((i: any) => Object.values(i.name).includes(m.name))).toMatchObject({
        latestValue: m.value,
        status: 'on_track',
      });
    expect(draft.figures.participation.contributions).toBeGreaterThan(50);

    for (const [language, intro, highlights] of [
      ['Français', introFr, highlightsFr],
      ['Español', introEs, highlightsEs],
    ] as const) {
      await official.getByRole('tab', { name: new RegExp(`^${language}`) }).click();
      await official.getByLabel(`${t.sections.introduction} (${language})`).fill(intro);
      await official.getByLabel(`${t.sections.highlights} (${language})`).fill(highlights);
    }
    await official.getByText(t.editor.unsaved).waitFor();
    await screenshot(official, 'summary-02-editor');
    await official.getByRole('button', { name: t.editor.save }).click();
    await official.getByText(t.editor.saved).waitFor();

    // The preview, exactly as the public will read it, in Spanish then in French (the switch is at the top, under the sticky header).
    await official.evaluate(() => window.scrollTo(0, 0));
    await official.getByRole('radiogroup', { name: t.editor.mode }).locator('label', { hasText: t.editor.preview }).click();
    const previewLanguage = official.getByRole('radiogroup', { name: t.editor.previewLanguage });
    await previewLanguage.locator('label', { hasText: 'Español' }).click();
    await official.getByText(introEs).waitFor();
    await official.getByRole('heading', { name: sum('es').keyFigures.title }).waitFor();
    await screenshot(official, 'summary-03-preview-es');
    await previewLanguage.locator('label', { hasText: 'Français' }).click();
    await official.getByText(introFr).waitFor();
    await official.getByRole('heading', { name: sum('fr').keyFigures.title }).waitFor();

    await official.getByRole('button', { name: t.editor.publish, exact: true }).click();
    const dialog = official.getByRole('dialog');
    await dialog.getByText(t.editor.publishText).waitFor();
    await dialog.getByRole('button', { name: t.editor.publishConfirm }).click();
    await official.waitForURL(`**/summaries/${SLUG}/${YEAR}`);
    await official.getByRole('heading', { level: 1, name: fill(t.heading, { year: YEAR }) }).waitFor();
    const published = await (await officialContext.request.get(`${baseUrl()}/api/summaries/${SLUG}/${YEAR}`)).json();
    expect(published).toMatchObject({ status: 'published', version: 1, narrative: { introduction: { fr: introFr, es: introEs } } });

    // Published means frozen: a write is refused with the reason, in the official's language.
    const { token } = await (await officialContext.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const refused = await officialContext.request.put(`${baseUrl()}/api/summaries/${published.id}`, {
      headers: { 'X-CSRF-Token': token },
      data: { narrative: {}, revision: published.revision },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe('summaries.published');
    expect(await seriousViolations(official, 'summary (official)')).toEqual([]);
  });

  it('a resident finds it on the home page, reads it in Spanish and downloads the PDF, whose first page shows the year and the territory', async () => {
    const es = sum('es');
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
    const registered = await context.request.post(`${baseUrl()}/api/auth/register`, {
      headers: { 'X-CSRF-Token': token },
      data: {
        email: `vecina-${stamp}@example.org`,
        password: 'a long enough passphrase',
        displayName: `Lucía ${stamp}`,
        preferredLanguage: 'es',
        category: 'resident',
        country: 'ES',
        acceptPrivacy: true,
      },
    });
    expect(registered.status()).toBe(201);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    const latest = page.locator('section[aria-labelledby="latest-summaries-title"]');
    await latest.getByRole('heading', { name: es.home.title }).waitFor();
    const title = fill(es.heading, { year: YEAR });
    // Other e2e files publish summaries of their own plans for the same year: this plan's link.
    await latest
      .getByRole('article', { name: title })
      .getByRole('link', { name: `${es.list.read} — ${title}` })
      .and(page.locator(`a[href="/summaries/${SLUG}/${YEAR}"]`))
      .click();
    await page.waitForURL(`**/summaries/${SLUG}/${YEAR}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(introEs).waitFor();
    await page.getByRole('heading', { name: es.participation.title }).waitFor();
    await page.getByRole('heading', { name: es.indicators.title }).waitFor();
    // The draft's Catalan and English narratives came from the demo; the challenges are in every language.
    await page.getByRole('heading', { name: es.sections.challenges }).waitFor();
    await screenshot(page, 'summary-04-public-es');
    expect(await seriousViolations(page, 'summary (public, es)')).toEqual([]);

    await page.getByRole('button', { name: es.view.download }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Español' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'summary-download-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`${SLUG}-${YEAR}-v1-es.pdf`);
    const { pages, firstPage } = renderPdf(file, 'summary-05-pdf-es');
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(8);
    expect(firstPage).toContain(String(YEAR));
    expect(firstPage).toContain(TERRITORY.es);
    expect(firstPage).toContain(es.pdf.coverTitle);
    await context.close();
  });

  it('reads the same summary and its PDF in French', async () => {
    const fr = sum('fr');
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/summaries/${SLUG}/${YEAR}`);
    await page.getByRole('heading', { level: 1, name: fill(fr.heading, { year: YEAR }) }).waitFor();
    await page.getByText(introFr).waitFor();
    await screenshot(page, 'summary-06-public-fr');
    // Earlier years stay listed; last year's demo summary is published too.
    await page.goto(`${baseUrl()}/summaries`);
    await page.getByRole('article', { name: fill(fr.heading, { year: YEAR - 1 }) }).waitFor();
    await screenshot(page, 'summary-07-list-fr');
    const res = await context.request.get(`${baseUrl()}/api/summaries/${SLUG}/${YEAR}/pdf?lang=fr`);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'summary-fr-')), 'summary-fr.pdf');
    writeFileSync(file, await res.body());
    const { firstPage } = renderPdf(file, 'summary-08-pdf-fr');
    expect(firstPage).toContain(String(YEAR));
    expect(firstPage).toContain(TERRITORY.fr);
    await context.close();
  });
});
