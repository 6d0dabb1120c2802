import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const fr = { web: catalogs.fr.web as Catalog, q: catalogs.fr.questionnaires as Catalog };
const es = { web: catalogs.es.web as Catalog, q: catalogs.es.questionnaires as Catalog, api: catalogs.es.api as Catalog };
const OFFICIAL = { email: 'official@demo.polyphony.test', password: 'polyphony-demo' };
const tr = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field by its visible label (Mantine appends " *" to required ones). */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Calls the API from the page (its cookies, a fresh CSRF token), as the web app does. */
async function apiCall(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { method, path, body },
  );
}

describe('an official builds a questionnaire in French and Spanish; a resident answers in Spanish; the official sees the results and exports them', () => {
  let browser: Browser;
  let officialContext: BrowserContext;
  let residentContext: BrowserContext;
  let official: Page;
  let resident: Page;
  const stamp = Date.now().toString(36);
  const residentName = `Lucía Moreno ${stamp}`;
  const proposal = `Un intercambio de jóvenes con Medellín y Dakar ${stamp}`;
  let slug = '';
  let consultationId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    officialContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    residentContext = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    official = await officialContext.newPage();
    resident = await residentContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the official (Spanish interface) signs in and opens a draft consultation in French and Spanish', async () => {
    await official.goto(`${baseUrl()}/login`);
    await field(official, fr.web.fields.email).fill(OFFICIAL.email);
    await field(official, fr.web.fields.password).fill(OFFICIAL.password);
    await official.getByRole('button', { name: fr.web.auth.login.submit }).click();
    await official.waitForURL((url) => !url.pathname.startsWith('/login'));
    // The demo official prefers Spanish: the interface switches to it once they are known.
    await official.waitForFunction(() => document.documentElement.lang === 'es');
    const created = await apiCall(official, 'POST', '/api/consultations', {
      title: { fr: `Jeunesse et coopération ${stamp}`, es: `Juventud y cooperación ${stamp}` },
      summary: { fr: 'Vos priorités pour les échanges de jeunes.', es: 'Tus prioridades para los intercambios de jóvenes.' },
      languages: ['fr', 'es'],
      phases: [{ kind: 'consultation', startsOn: isoDay(-1), endsOn: isoDay(30) }],
    });
    expect(created.status).toBe(201);
    slug = created.body.slug;
    consultationId = created.body.id;
  });

  it('builds the questionnaire in the browser, with both languages side by side, and previews it in Spanish', async () => {
    await official.goto(`${baseUrl()}/consultations/${slug}/questionnaire/edit`);
    await official.getByRole('heading', { level: 1, name: es.q.builder.title }).waitFor();
    const section = official.getByRole('region', { name: tr(es.q.builder.section, { n: 1 }) });
    await field(section, `${es.q.builder.sectionTitle} (Français)`).fill('Vos priorités');
    await field(section, `${es.q.builder.sectionTitle} (Español)`).fill('Tus prioridades');

    const q1 = official.getByRole('region', { name: tr(es.q.builder.question, { n: 1 }) });
    await field(q1, `${es.q.builder.prompt} (Français)`).fill('Quelle destination pour les échanges ?');
    await field(q1, `${es.q.builder.prompt} (Español)`).fill('¿Qué destino para los intercambios?');
    await q1.getByRole('checkbox', { name: es.q.builder.required }).check();
    await field(q1, `${tr(es.q.builder.option, { n: 1 })} (Français)`).fill('Amérique latine');
    await field(q1, `${tr(es.q.builder.option, { n: 1 })} (Español)`).fill('América Latina');
    await field(q1, `${tr(es.q.builder.option, { n: 2 })} (Français)`).fill('Afrique de l’Ouest');
    await field(q1, `${tr(es.q.builder.option, { n: 2 })} (Español)`).fill('África Occidental');

    await section.getByRole('button', { name: es.q.builder.addQuestion }).click();
    await official.getByRole('menuitem', { name: es.q.types.scale }).click();
    const q2 = official.getByRole('region', { name: tr(es.q.builder.question, { n: 2 }) });
    await field(q2, `${es.q.builder.prompt} (Français)`).fill('Importance des échanges de jeunes');
    await field(q2, `${es.q.builder.prompt} (Español)`).fill('Importancia de los intercambios de jóvenes');
    await q2.getByRole('checkbox', { name: es.q.builder.required }).check();

    await section.getByRole('button', { name: es.q.builder.addQuestion }).click();
    await official.getByRole('menuitem', { name: es.q.types.long_text }).click();
    const q3 = official.getByRole('region', { name: tr(es.q.builder.question, { n: 3 }) });
    await field(q3, `${es.q.builder.prompt} (Français)`).fill('Votre proposition');
    await screenshot(official, 'questionnaires-01-builder-es');

    // Saving with the Spanish prompt missing shows the field's error.
    await official.getByRole('button', { name: es.q.builder.save }).first().click();
    await q3.getByText(es.api.fields.translation_missing as string).waitFor();
    await field(q3, `${es.q.builder.prompt} (Español)`).fill('Tu propuesta');
    await official.getByRole('button', { name: es.q.builder.save }).first().click();
    await official.getByText(es.q.builder.saved).waitFor();

    await official.getByText(es.q.builder.preview, { exact: true }).click();
    await field(official, es.q.builder.previewLanguage).selectOption('fr');
    await official.getByRole('group', { name: /Quelle destination pour les échanges \?/ }).waitFor();
    await screenshot(official, 'questionnaires-02-preview-fr');

    const published = await apiCall(official, 'POST', `/api/consultations/${consultationId}/status`, { status: 'published' });
    expect(published.status).toBe(200);
  });

  it('a resident answers in Spanish: errors point at the question, then the answers are sent', async () => {
    await resident.goto(`${baseUrl()}/`);
    const registered = await apiCall(resident, 'POST', '/api/auth/register', {
      email: `resident-${stamp}@example.org`,
      password: 'a long enough passphrase',
      displayName: residentName,
      preferredLanguage: 'es',
      category: 'resident',
      country: 'ES',
      acceptPrivacy: true,
    });
    expect(registered.status).toBe(201);
    await resident.goto(`${baseUrl()}/consultations/${slug}`);
    await resident.getByRole('link', { name: es.q.cta.answer }).click();
    await resident.getByRole('heading', { level: 1, name: es.q.answer.title }).waitFor();
    expect(await resident.locator('html').getAttribute('lang')).toBe('es');

    const destination = resident.getByRole('group', { name: /¿Qué destino para los intercambios\?/ });
    await destination.getByRole('radio', { name: 'América Latina' }).check();
    await resident
      .getByRole('group', { name: /Tu propuesta/ })
      .getByRole('textbox')
      .fill(proposal);
    await resident.getByRole('button', { name: es.q.answer.submit }).click();
    // The scale is required: the summary links to it and the question shows the message.
    const alert = resident.getByRole('alert').filter({ hasText: es.q.answer.errorsTitle });
    await alert.waitFor();
    const required = es.api.fields.required as string;
    await resident
      .getByRole('group', { name: /Importancia de los intercambios de jóvenes/ })
      .getByText(required)
      .waitFor();
    await screenshot(resident, 'questionnaires-03-answer-errors-es');
    await alert.getByRole('button', { name: /Importancia de los intercambios de jóvenes/ }).click();
    await resident
      .getByRole('group', { name: /Importancia de los intercambios de jóvenes/ })
      .getByRole('radio', { name: '4' })
      .check();
    await resident.getByRole('button', { name: es.q.answer.submit }).click();
    await resident.getByText(es.q.answer.submitted).waitFor();
    await resident.getByRole('button', { name: es.q.answer.update }).waitFor();
    await screenshot(resident, 'questionnaires-04-answer-sent-es');
  });

  it('the resident finds the answer in "my contributions" with its question, and it opens the questionnaire', async () => {
    const plan = catalogs.es.plan as Catalog;
    await resident.goto(`${baseUrl()}/my-contributions`);
    await resident.getByRole('heading', { level: 1, name: plan.fates.title }).waitFor();
    const item = resident.getByRole('listitem').filter({ hasText: proposal });
    const source = item.getByRole('link', { name: tr(plan.fates.origin.questionnaire_answer, { context: 'Tu propuesta' }) });
    await source.waitFor();
    await screenshot(resident, 'questionnaires-05-my-contributions-es');
    await source.click();
    await resident.waitForURL(`${baseUrl()}/consultations/${slug}/questionnaire`);
    await resident.getByRole('heading', { level: 1, name: es.q.answer.title }).waitFor();
  });

  it('a French-speaking participant sees the same questionnaire in French', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    const registered = await apiCall(page, 'POST', '/api/auth/register', {
      email: `participant-fr-${stamp}@example.org`,
      password: 'a long enough passphrase',
      displayName: `Awa Diop ${stamp}`,
      preferredLanguage: 'fr',
      category: 'diaspora',
      country: 'SN',
      acceptPrivacy: true,
    });
    expect(registered.status).toBe(201);
    await page.goto(`${baseUrl()}/consultations/${slug}/questionnaire`);
    await page.getByRole('group', { name: /Quelle destination pour les échanges \?/ }).waitFor();
    await page.getByRole('button', { name: fr.q.answer.saveDraft }).waitFor();
    await screenshot(page, 'questionnaires-06-answer-fr');
    await context.close();
  });

  it('the official sees the result and downloads the CSV with the right rows', async () => {
    await official.goto(`${baseUrl()}/consultations/${slug}/questionnaire/results`);
    await official.getByRole('heading', { level: 1, name: es.q.results.title }).waitFor();
    await official.getByText(tr(es.q.results.respondents_one, { count: 1 })).waitFor();
    await official.getByText(proposal).waitFor();
    await official.getByText(tr(es.q.results.mean, { mean: 4 })).waitFor();
    await screenshot(official, 'questionnaires-05-results-es');

    const download = official.waitForEvent('download');
    await official.getByRole('link', { name: es.q.results.csv }).click();
    const file = await download;
    const path = await file.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Q1. ¿Qué destino para los intercambios?');
    expect(lines[1]).toContain(residentName);
    expect(lines[1]).toContain(`resident-${stamp}@example.org`);
    expect(lines[1]).toContain('América Latina');
    expect(lines[1]).toContain(proposal);
  });
});
