import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { dayText, typeDate } from './support/dates';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const fr = { web: catalogs.fr.web as Catalog, c: catalogs.fr.consultations as Catalog, i: catalogs.fr.interviews as Catalog };
const es = { web: catalogs.es.web as Catalog, c: catalogs.es.consultations as Catalog, i: catalogs.es.interviews as Catalog };
/** Each language's name in itself, as the editor's language checkboxes show it (apps/web/src/app/i18n.ts). */
const LANGUAGE_NAMES = { fr: 'Français', es: 'Español' } as const;
const OFFICIAL = { email: 'official@demo.polyphony.test', password: 'polyphony-demo' };
/** Demo organisations (apps/api/src/demo/demo-organisations.ts). */
const DIASPORA_ORG = 'Diàspora Senegal–Catalunya (demo)';
const ACADEMIA_ORG = 'Universitat de Barcelona';

/** i18next-style interpolation of a catalog string. */
const tr = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('an official runs a consultation with interviews; the public sees the balance', () => {
  let browser: Browser;
  let official: BrowserContext;
  let visitor: BrowserContext;
  let page: Page;
  let publicPage: Page;
  // A word found nowhere else, letters only so every stemmer keeps it whole.
  const word = `Zentara${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
  const title = { fr: `Ports verts et coopération méditerranéenne ${word}`, es: `Puertos verdes y cooperación mediterránea ${word}` };
  const summary = {
    fr: 'Comment nos ports peuvent-ils réduire leurs émissions en coopérant avec les villes de la Méditerranée ?',
    es: '¿Cómo pueden nuestros puertos reducir sus emisiones cooperando con las ciudades del Mediterráneo?',
  };
  const keyPoints = {
    fr: 'La diaspora sénégalaise propose de jumeler le port de Dakar avec celui de Barcelone pour partager les bonnes pratiques.',
    es: 'La universidad ofrece sus laboratorios para medir la calidad del aire en los muelles durante todo el año.',
  };
  let slug = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    official = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    visitor = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await official.newPage();
    publicPage = await visitor.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A form field by its exact visible label (Mantine appends " *" to required ones). */
  const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
  const heading = (p: Page, name: string) => p.getByRole('heading', { level: 1, name, exact: true });

  it('the official signs in; their preferred language (Spanish) takes over', async () => {
    await page.goto(`${baseUrl()}/login?next=${encodeURIComponent('/consultations/new')}`);
    await heading(page, fr.web.auth.login.title).waitFor();
    await field(page, fr.web.fields.email).fill(OFFICIAL.email);
    await field(page, fr.web.fields.password).fill(OFFICIAL.password);
    await page.getByRole('button', { name: fr.web.auth.login.submit }).click();
    await heading(page, es.c.editor.newTitle).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('creates a consultation in French and Spanish, with phases and quotas, and publishes it', async () => {
    // Reload so the form starts from the settled language, then offer exactly French and Spanish.
    await page.reload();
    await heading(page, es.c.editor.newTitle).waitFor();
    await page.getByRole('checkbox', { name: LANGUAGE_NAMES.fr, exact: true }).check();
    await page.getByRole('checkbox', { name: LANGUAGE_NAMES.es, exact: true }).check();
    for (const lang of ['fr', 'es'] as const) {
      const language = LANGUAGE_NAMES[lang];
      await field(page, tr(es.c.editor.title, { language })).fill(title[lang]);
      await field(page, tr(es.c.editor.summary, { language })).fill(summary[lang]);
    }
    await field(page, tr(es.c.editor.body, { language: LANGUAGE_NAMES.es })).fill(
      '## Calendario\n\n- Diagnóstico\n- **Consulta** abierta a todo el mundo',
    );
    await field(page, es.c.editor.plan).fill('Plan de internacionalización 2021-2025');

    const phase = (kind: string, from: string, to: string) => async () => {
      const name = es.c.phases[kind];
      await page.getByRole('checkbox', { name, exact: true }).check();
      await typeDate(field(page, tr(es.c.editor.startsOn, { phase: name })), dayText(from));
      await typeDate(field(page, tr(es.c.editor.endsOn, { phase: name })), dayText(to));
    };
    await phase('diagnostic', isoDay(-90), isoDay(-31))();
    await phase('consultation', isoDay(-30), isoDay(30))(); // covers today
    await phase('co_drafting', isoDay(31), isoDay(90))();

    await field(page, es.web.categories.academia).fill('30');
    await field(page, es.web.categories.diaspora).fill('20');
    await field(page, es.web.categories.civil_society).fill('30');
    await page.getByText(tr(es.c.editor.quotaTotal, { total: 80 })).waitFor();
    await screenshot(page, 'consultations-01-editor-es');

    await page.getByRole('button', { name: es.c.editor.create }).click();
    await heading(page, tr(es.c.editor.editTitle, { title: title.es })).waitFor();
    slug = new URL(page.url()).pathname.split('/')[2];
    expect(page.url()).toMatch(/\/consultations\/[^/]+\/edit$/);
    await page.getByText(es.c.status.draft, { exact: true }).first().waitFor();
    await screenshot(page, 'consultations-02-draft-es');

    await page.getByRole('button', { name: es.c.actions.publish.label, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(es.c.actions.publish.confirm).waitFor();
    await screenshot(page, 'consultations-03-publish-dialog-es');
    await dialog.getByRole('button', { name: es.c.actions.publish.label, exact: true }).click();
    await page.getByText(es.c.actions.publish.done).waitFor();
    await page.getByText(es.c.status.published, { exact: true }).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, 'consultations-04-published-es');
  });

  it('a signed-out visitor finds it by a word of its title and opens its page (in French)', async () => {
    await publicPage.goto(`${baseUrl()}/consultations`);
    await heading(publicPage, fr.c.list.title).waitFor();
    const search = publicPage.getByRole('search', { name: fr.c.list.filters });
    await field(search, fr.c.list.search).fill(word);
    await field(search, fr.c.list.search).press('Enter');
    const card = publicPage.getByRole('link', { name: title.fr, exact: true });
    await card.waitFor();
    await publicPage.getByText(tr(fr.c.list.shown_one, { count: 1 })).waitFor();
    expect(new URL(publicPage.url()).searchParams.get('q')).toBe(word);
    await screenshot(publicPage, 'consultations-05-public-search-fr');

    await card.click();
    await heading(publicPage, title.fr).waitFor();
    await publicPage.getByText(summary.fr).waitFor();
    // The current phase is marked, and the quotas are listed.
    await publicPage.locator('[aria-current="step"]').getByText(fr.c.phases.consultation, { exact: true }).waitFor();
    const quotas = publicPage.getByRole('region', { name: fr.c.page.quotas });
    await quotas.getByText(fr.web.categories.academia).waitFor();
    await quotas.getByText('30 %').first().waitFor();
    // Staff-only links are not offered to visitors.
    expect(await publicPage.getByRole('link', { name: fr.c.page.dashboard }).count()).toBe(0);
    await screenshot(publicPage, 'consultations-06-public-page-fr');
  });

  it('the official schedules an interview with a demo organisation', async () => {
    await page.goto(`${baseUrl()}/consultations/${slug}`);
    await heading(page, title.es).waitFor();
    await page.getByRole('link', { name: es.c.page.interviews }).click();
    await heading(page, es.i.title).waitFor();
    await page.getByText(es.i.empty).waitFor();
    await page.getByRole('link', { name: es.i.new }).click();
    await heading(page, es.i.new).waitFor();

    await field(page, es.i.fields.title).fill('Entrevista con la diáspora senegalesa');
    await typeDate(field(page, es.i.fields.scheduledAt), `${dayText(isoDay(0))} 10:00`);
    // The day picked again in the calendar keeps the time typed (the calendar's day comes at midnight).
    await field(page, es.i.fields.scheduledAt).click();
    await page.locator('[data-dates-dropdown] button[data-selected]').click();
    expect(await field(page, es.i.fields.scheduledAt).inputValue()).toBe(`${dayText(isoDay(0))} 10:00`);
    await field(page, es.i.fields.format).selectOption('in_person');
    await field(page, es.i.fields.location).fill('Port de Barcelona, Moll de la Fusta');
    await page.getByRole('button', { name: es.i.invitees.addPlatform }).click();
    await pickOrganisation(page, 0, DIASPORA_ORG);
    await screenshot(page, 'consultations-07-interview-new-es');
    await page.getByRole('button', { name: es.i.create, exact: true }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await heading(page, 'Entrevista con la diáspora senegalesa').waitFor();
    await page.getByText(es.i.keyPoints.notHeld).waitFor();
    await screenshot(page, 'consultations-08-interview-planned-es');
  });

  it('marks it held with attendance and consent, and records key points in two languages', async () => {
    // A second institution joined on the day.
    await page.getByRole('button', { name: es.i.invitees.addPlatform }).click();
    await pickOrganisation(page, 1, ACADEMIA_ORG);
    await field(page, es.i.fields.status).selectOption({ label: es.i.status.held });
    await typeDate(field(page, es.i.fields.consentAt), dayText(isoDay(0)));
    for (const row of [0, 1]) await invitee(page, row).getByRole('checkbox', { name: es.i.invitees.attended }).check();
    await page.getByRole('button', { name: es.i.save, exact: true }).click();
    await page.getByText(es.i.keyPoints.help).waitFor();
    expect(await field(page, es.i.fields.consentAt).inputValue()).toBe(dayText(isoDay(0)));

    const panel = page.getByRole('region', { name: es.i.keyPoints.title });
    for (const [org, text] of [
      [DIASPORA_ORG, keyPoints.fr],
      [ACADEMIA_ORG, keyPoints.es],
    ]) {
      await field(panel, es.i.keyPoints.institution).selectOption({ label: org });
      await field(panel, es.i.keyPoints.text).fill(text);
      await panel.getByRole('button', { name: es.i.keyPoints.add }).click();
      // Found by its institution: a text in another language than the reader's is soon shown translated.
      await panel.getByRole('listitem').filter({ hasText: org }).waitFor();
      await expectValue(field(panel, es.i.keyPoints.text), '');
    }
    // Each attributed to its institution, in the language it was said in (the French one is then shown to this
    // Spanish reader machine translated, marked, its original one click away).
    const item = (org: string) => panel.getByRole('listitem').filter({ hasText: org });
    await item(DIASPORA_ORG).getByText(es.web.categories.diaspora, { exact: true }).waitFor();
    await item(DIASPORA_ORG).getByText('fr', { exact: true }).waitFor();
    await item(ACADEMIA_ORG).getByText(keyPoints.es).waitFor();
    await item(ACADEMIA_ORG).getByText('es', { exact: true }).waitFor();
    await screenshot(page, 'consultations-09-interview-held-es');

    await page.getByRole('link', { name: es.i.backToList }).click();
    await heading(page, es.i.title).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Entrevista con la diáspora senegalesa' });
    await row.getByText(es.i.status.held).waitFor();
    await row.getByText(tr(es.i.attendance, { attended: 2, invited: 2 })).waitFor();
    await screenshot(page, 'consultations-10-interviews-es');
  });

  it('the dashboard shows the interviewed organisations’ categories and the interview progress', async () => {
    await page.goto(`${baseUrl()}/consultations/${slug}`);
    await page.getByRole('link', { name: es.c.page.dashboard }).click();
    await heading(page, es.c.dashboard.title).waitFor();
    // Two institutions heard, two contributions.
    await figure(page, es.c.dashboard.participants).filter({ hasText: /^2$/ }).waitFor();
    await figure(page, es.c.dashboard.contributions).filter({ hasText: /^2$/ }).waitFor();

    const byCategory = page.getByRole('region', { name: es.c.dashboard.byCategory });
    await byCategory.getByText(es.c.dashboard.table, { exact: true }).click();
    const table = byCategory.getByRole('table');
    await table.waitFor();
    const rowOf = (category: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: category, exact: true }) });
    // category, participants, contributions, share, target, status
    expect(await rowOf(es.web.categories.diaspora).getByRole('cell').allInnerTexts()).toEqual([
      '1',
      '1',
      '50 %',
      '20 %',
      es.c.dashboard.ok,
    ]);
    expect(await rowOf(es.web.categories.academia).getByRole('cell').allInnerTexts()).toEqual([
      '1',
      '1',
      '50 %',
      '30 %',
      es.c.dashboard.ok,
    ]);
    expect(await rowOf(es.web.categories.civil_society).getByRole('cell').allInnerTexts()).toEqual([
      '0',
      '0',
      '0 %',
      '30 %',
      es.c.dashboard.under,
    ]);
    await page.getByText(es.c.dashboard.underTitle).waitFor();

    // Interview progress: one held, two institutions reached, two key points.
    await page.getByText(tr(es.i.progress.headline_one, { count: 1, institutions: 2 })).waitFor();
    await figure(page, es.i.status.held).filter({ hasText: /^1$/ }).waitFor();
    await figure(page, es.i.status.planned).filter({ hasText: /^0$/ }).waitFor();
    await figure(page, es.i.progress.keyPoints).filter({ hasText: /^2$/ }).waitFor();
    await screenshot(page, 'consultations-11-dashboard-es');
  });

  it('the public balance shows aggregates only and hides cells of fewer than 5 people', async () => {
    await publicPage.goto(`${baseUrl()}/consultations/${slug}`);
    await heading(publicPage, title.fr).waitFor();
    await publicPage.getByRole('link', { name: fr.c.page.balance }).click();
    await heading(publicPage, fr.c.dashboard.publicPageTitle).waitFor();
    await publicPage.getByText(fr.c.dashboard.publicTitle).waitFor();
    await publicPage.getByText(tr(fr.c.dashboard.publicText, { k: 5 })).waitFor();
    const hidden = tr(fr.c.dashboard.hidden, { k: 5 });
    // Two institutions heard: the totals are hidden, not shown as "2".
    await figure(publicPage, fr.c.dashboard.participants).filter({ hasText: hidden }).waitFor();
    await figure(publicPage, fr.c.dashboard.contributions).filter({ hasText: hidden }).waitFor();

    const byCategory = publicPage.getByRole('region', { name: fr.c.dashboard.byCategory });
    await byCategory.getByText(fr.c.dashboard.table, { exact: true }).click();
    const table = byCategory.getByRole('table');
    await table.waitFor();
    const rowOf = (category: string) =>
      table.getByRole('row').filter({ has: publicPage.getByRole('rowheader', { name: category, exact: true }) });
    // The aggregate that is safe to show (the target) is shown; the counts are hidden.
    const diaspora = await rowOf(fr.web.categories.diaspora).getByRole('cell').allInnerTexts();
    expect(diaspora.slice(0, 3)).toEqual([hidden, hidden, hidden]);
    expect(diaspora[3]).toBe('20 %');
    expect(await table.getByText(/^[1-4]$/).count()).toBe(0);
    await screenshot(publicPage, 'consultations-12-public-balance-fr');
  });
});

/** The big number under a small label on a dashboard card. */
function figure(page: Page, label: string): Locator {
  return page.locator(`xpath=//div[contains(@class, "mantine-Card-root")]/p[1][normalize-space(.)="${label}"]/following-sibling::p[1]`);
}

/** The nth invitee of the interview form. */
function invitee(page: Page, index: number): Locator {
  return page.locator('fieldset').filter({ has: page.getByRole('button', { name: tr(es.i.invitees.remove, { n: index + 1 }) }) });
}

/** Picks a platform organisation in the nth invitee's searchable select. */
async function pickOrganisation(page: Page, index: number, name: string) {
  const input = invitee(page, index).getByLabel(es.i.invitees.organisation, { exact: true });
  await input.click();
  await input.fill(name.slice(0, 12));
  await page.getByRole('option', { name, exact: true }).click();
  await expectValue(input, name);
}

async function expectValue(locator: Locator, expected: string) {
  const deadline = Date.now() + 10_000;
  let actual = await locator.inputValue();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    actual = await locator.inputValue();
  }
  expect(actual).toBe(expected);
}
