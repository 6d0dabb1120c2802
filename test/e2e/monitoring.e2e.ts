import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { join } from 'node:path';
import { baseUrl, launchBrowser, screenshot, settleAnimations, SCREENSHOTS } from './support/browser';
import { typeDate } from './support/dates';
import { signInAsNew } from './support/routes';

type Catalog = Record<string, any>;
const acc = (lang: string) => (catalogs as any)[lang].accountability as Catalog;
const api = (lang: string) => (catalogs as any)[lang].api as Catalog;
const DEMO_PASSWORD = 'polyphony-demo';
const fill = (text: string, values: Record<string, string | number>) => text.replace(/{{(\w+)}}/g, (_, k) => String(values[k]));

/** Waits until the element has the focus (a new row's first field, for keyboard users). */
async function focused(locator: Locator) {
  await locator.page().waitForFunction((el) => el === document.activeElement, await locator.elementHandle(), { timeout: 5_000 });
}

/** Waits until the field is marked invalid (the API's error shown on it). */
async function invalid(locator: Locator) {
  await locator
    .page()
    .waitForFunction((el) => el?.getAttribute('aria-invalid') === 'true', await locator.elementHandle(), { timeout: 10_000 });
}

async function signIn(context: BrowserContext, email: string) {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const res = await context.request.post(`${baseUrl()}/api/auth/login`, {
    headers: { 'X-CSRF-Token': token },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return (await (await context.request.get(`${baseUrl()}/api/me`)).json()) as { preferredLanguage: string };
}

/** A dialog on its own (a full-page screenshot shows a fixed dialog wherever the page was scrolled). */
async function dialogShot(dialog: Locator, name: string) {
  await settleAnimations(dialog.page());
  await dialog.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Serious and critical axe violations on the page as it is now. */
async function seriousViolations(page: Page, where: string) {
  await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ where, rule: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

describe('monitoring: an official evaluates the plan and keeps its tracking up to date; residents read it', () => {
  let browser: Browser;
  let official: Page;
  let officialContext: BrowserContext;
  let t: Catalog;
  let lang: string;
  const stamp = Date.now().toString(36);
  const findingEs = `Las misiones económicas conjuntas han abierto tres mercados nuevos (${stamp}).`;
  const findingCa = `Les missions econòmiques conjuntes han obert tres mercats nous (${stamp}).`;

  beforeAll(async () => {
    browser = await launchBrowser();
    officialContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    lang = (await signIn(officialContext, 'official@demo.polyphony.test')).preferredLanguage;
    t = acc(lang);
    official = await officialContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts the final evaluation (filled from the data), adds a finding on an action, is told on the field what is missing, publishes', async () => {
    const e = t.evaluations;
    await official.goto(`${baseUrl()}/monitoring`);
    await official.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await official.getByRole('link', { name: e.manage }).first().click();
    await official.getByRole('heading', { level: 1, name: e.pageTitle }).waitFor();
    // The demo's intermediate evaluation is published; the final one is one click away.
    await official
      .getByRole('article', { name: e.kind.intermediate })
      .getByText(new RegExp(e.publishedOn.replace('{{date}}', '.+')))
      .waitFor();
    await screenshot(official, 'monitoring-01-evaluations-list');
    const violations = await seriousViolations(official, 'evaluations list');
    await official.getByRole('button', { name: e.start.final }).click();
    await official.waitForURL(/\/monitoring\/evaluations\/[0-9a-f-]{36}$/);
    const findings = official.locator('section[aria-labelledby="evaluation-findings"]');
    await findings.locator('[data-row]').first().waitFor();
    const prefilled = await findings.locator('[data-row]').count();
    expect(prefilled).toBeGreaterThanOrEqual(5);

    // A finding of the evaluator's own, on the joint trade missions, written in Spanish and Catalan.
    await findings.getByRole('button', { name: e.form.addFinding }).click();
    const row = findings.locator('[data-row]').last();
    const n = prefilled + 1;
    await focused(row.getByLabel(`${fill(e.form.finding, { n })} (Français)`));
    await row.getByLabel(`${fill(e.form.finding, { n })} (Español)`).fill(findingEs);
    await row.getByLabel(`${fill(e.form.finding, { n })} (Català)`).fill(findingCa);
    await row.getByLabel(e.form.assessment).selectOption('positive');
    await row.getByLabel(e.form.actions).click();
    await official.keyboard.type('Misiones');
    await official.getByRole('option', { name: 'Misiones económicas conjuntas' }).click();
    await official.keyboard.press('Escape');
    await screenshot(official, 'monitoring-02-evaluation-editor');
    violations.push(...(await seriousViolations(official, 'evaluation editor')));

    // Publishing without a summary: the draft is saved, publication refused, the reason on the field, in Spanish.
    await official.getByRole('button', { name: e.publish }).click();
    await official.getByRole('dialog').getByRole('button', { name: e.publishConfirm }).click();
    const summary = official.getByLabel(`${e.form.summary} (Français)`);
    await official.getByText(api(lang).fields.required).first().waitFor();
    await invalid(summary);
    await screenshot(official, 'monitoring-03-summary-required');
    await summary.fill('La evaluación final confirma el avance de las misiones económicas.');
    await official.getByLabel(`${e.form.summary} (Español)`).fill('La evaluación final confirma el avance de las misiones económicas.');
    await official.getByLabel(`${e.form.summary} (Català)`).fill('L’avaluació final confirma l’avenç de les missions econòmiques.');
    await official.getByRole('button', { name: e.publish }).click();
    await official.getByRole('dialog').getByRole('button', { name: e.publishConfirm }).click();
    await official.getByText(e.frozen).waitFor();
    await official.getByText(findingEs).waitFor();
    await screenshot(official, 'monitoring-04-evaluation-published');
    violations.push(...(await seriousViolations(official, 'evaluation (published)')));
    expect(violations).toEqual([]);
  });

  it('a resident sees the evaluation on /monitoring in Catalan, under the action it is about', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const me = await signIn(context, 'resident@demo.polyphony.test');
    expect(me.preferredLanguage).not.toBe(lang);
    const c = acc(me.preferredLanguage);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/monitoring`);
    await page.getByRole('heading', { level: 1, name: c.title }).waitFor();
    // The promised evaluations, both published now.
    const section = page.locator('section[aria-labelledby="evaluations"]');
    await section.getByText(`${fill(c.evaluations.promise.final, { year: 2030 })} — ${c.evaluations.promise.published}`).waitFor();
    await section.getByRole('heading', { name: /Avaluació final del pla/ }).waitFor();
    // Under the action, in the public version's words: what the final evaluation found.
    const action = page.getByRole('listitem').filter({ hasText: 'Missions econòmiques conjuntes' }).first();
    // Folded, so that the dashboard stays short: the resident opens it.
    await action.locator('details.evaluation-notes > summary').first().click();
    await action.getByText(c.evaluations.notes.found.final).first().waitFor();
    await action.getByText(findingCa).waitFor();
    expect(await page.getByRole('button', { name: c.evaluations.manage }).count()).toBe(0);
    await screenshot(page, 'monitoring-05-resident-ca');
    expect(await seriousViolations(page, '/monitoring (resident)')).toEqual([]);
    await context.close();
  });

  it('an official tracks an action with weighted sub-actions, records an externality and a partner, with errors on the fields', async () => {
    await official.goto(`${baseUrl()}/monitoring`);
    await official.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await official
      .getByRole('button', { name: new RegExp(`^${fill(t.track.openFor, { name: '' })}`) })
      .first()
      .click();
    let dialog = official.getByRole('dialog');
    const subActions = dialog.locator('fieldset').filter({ hasText: t.track.subActions });
    const before = await subActions.locator('[data-row]').count();
    await dialog.getByRole('button', { name: t.track.addSubAction }).click();
    const sub = subActions.locator('[data-row]').last();
    await focused(sub.getByRole('textbox', { name: fill(t.track.subActionTitle, { n: before + 1 }) }));
    await official.keyboard.type('Informe anual a la ciudadanía');
    await sub.getByLabel(t.track.weight).fill('2');
    await sub.getByLabel(t.track.subProgress).fill('50');
    await dialog.getByRole('button', { name: t.track.addMilestone }).click();
    await dialog
      .locator('fieldset')
      .filter({ hasText: t.track.milestones })
      .locator('[data-row]')
      .last()
      .getByRole('textbox')
      .first()
      .fill(`Presentación pública ${stamp}`);
    await dialogShot(dialog, 'monitoring-06-action-tracking');
    await dialog.getByRole('button', { name: t.track.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await official.getByText(`Presentación pública ${stamp}`, { exact: false }).waitFor();

    // An externality, in Spanish only.
    await official.getByRole('button', { name: t.externalities.record }).click();
    dialog = official.getByRole('dialog');
    await dialog.getByRole('button', { name: t.externalities.submit }).click();
    await dialog.getByText(api(lang).fields.required).waitFor();
    await dialog.getByLabel(`${t.externalities.description} (Español)`).fill(`Desplazamientos en avión para la feria de Seúl (${stamp}).`);
    await dialog.getByRole('button', { name: t.externalities.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await official.getByText(`Desplazamientos en avión para la feria de Seúl (${stamp}).`).waitFor();

    // A partner: the missing coordinates are reported on their fields, in Spanish.
    await official.getByRole('button', { name: t.partners.add }).click();
    dialog = official.getByRole('dialog');
    await dialog.getByLabel(t.partners.name).fill(`Lisboa ${stamp}`);
    await dialog.getByLabel(t.partners.country).selectOption('PT');
    // The territory's own regions (its taxonomy; the demo's are the reference case's).
    await dialog.getByLabel(t.partners.region).selectOption('europe');
    await dialog.getByRole('button', { name: t.partners.submit }).click();
    const latitude = dialog.getByLabel(t.partners.latitude);
    await invalid(latitude);
    await dialog.getByText(api(lang).fields.required).first().waitFor();
    await dialogShot(dialog, 'monitoring-07-partner-errors');
    await latitude.fill('38.72');
    await dialog.getByLabel(t.partners.longitude).fill('-9.14');
    await dialog.getByRole('button', { name: t.partners.addAgreement }).click();
    await dialog.getByRole('textbox', { name: fill(t.partners.agreementTitle, { n: 1 }) }).fill('Memorando de entendimiento');
    await typeDate(dialog.getByLabel(t.partners.signedOn), '04/05/2026');
    await dialog.getByRole('button', { name: t.partners.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await official.getByRole('cell', { name: `Lisboa ${stamp}`, exact: true }).waitFor();
    // The agreement's date as the page's language writes it (Spanish: "4 may 2026"), not the API's 2026-05-04.
    const row = official.getByRole('row').filter({ has: official.getByRole('cell', { name: `Lisboa ${stamp}`, exact: true }) });
    const month = new Intl.DateTimeFormat(lang, { month: 'short' }).format(new Date(2026, 4, 4)).replace('.', '');
    expect(await row.textContent()).toMatch(new RegExp(`Memorando de entendimiento \\(4 [^)]*${month}[^)]* 2026\\)`));
    await screenshot(official, 'monitoring-08-official-page');
    expect(await seriousViolations(official, '/monitoring (official)')).toEqual([]);
  });

  it('shows dates in the page language, not the browser one: a Catalan or French page in an English Chromium', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await signInAsNew(browser, context, 'official', 'dates');
    const page = await context.newPage();
    const partner = `Lisboa ${stamp}`;
    const openPartner = async (c: Catalog) => {
      await page.goto(`${baseUrl()}/monitoring`);
      await page.getByRole('heading', { level: 1, name: c.title }).waitFor();
      await page.getByRole('button', { name: fill(c.partners.editFor, { name: partner }) }).click();
      return page.getByRole('dialog');
    };
    /** The field's calendar, open: its month is named in the page's language. */
    const calendarShot = async (field: Locator, month: string, name: string) => {
      await field.click();
      const calendar = page.locator('[data-dates-dropdown]');
      await calendar.getByText(month).waitFor();
      await settleAnimations(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      expect(await seriousViolations(page, `${name}: the date field's calendar, open`)).toEqual([]);
      expect(await calendar.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
      await field.press('Escape');
      await calendar.waitFor({ state: 'hidden' });
    };
    try {
      // Catalan: the agreement signed on 4 May 2026 (typed above in Spanish) reads 04/05/2026, not 05/04/2026.
      await context.request.patch(`${baseUrl()}/api/me`, {
        data: { preferredLanguage: 'ca' },
        headers: { 'X-CSRF-Token': (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token },
      });
      const ca = acc('ca');
      let dialog = await openPartner(ca);
      let signedOn = dialog.getByLabel(ca.partners.signedOn);
      expect(await signedOn.inputValue()).toBe('04/05/2026');
      await calendarShot(signedOn, 'maig 2026', 'dates-calendar-ca-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await calendarShot(signedOn, 'maig 2026', 'dates-calendar-ca-390');
      await page.setViewportSize({ width: 1280, height: 900 });
      // Typed day first, it is sent as the API's YYYY-MM-DD and comes back shown as typed.
      await typeDate(signedOn, '15/6/2026');
      expect(await signedOn.inputValue()).toBe('15/06/2026');
      const sent = page.waitForRequest((req) => req.method() !== 'GET' && /\/api\/.*partners/.test(req.url()));
      await dialog.getByRole('button', { name: ca.partners.submit }).click();
      expect((await sent).postDataJSON().agreements[0].signedOn).toBe('2026-06-15');
      await dialog.waitFor({ state: 'detached' });

      // French, at 390 px as on a phone: the same day, the French calendar.
      await context.request.patch(`${baseUrl()}/api/me`, {
        data: { preferredLanguage: 'fr' },
        headers: { 'X-CSRF-Token': (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token },
      });
      const fr = acc('fr');
      dialog = await openPartner(fr);
      signedOn = dialog.getByLabel(fr.partners.signedOn);
      expect(await signedOn.inputValue()).toBe('15/06/2026');
      await calendarShot(signedOn, 'juin 2026', 'dates-calendar-fr-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await calendarShot(signedOn, 'juin 2026', 'dates-calendar-fr-390');
    } finally {
      await context.close();
    }
  });
});
