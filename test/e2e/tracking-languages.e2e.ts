import type { Browser, BrowserContext } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { seriousViolations } from './support/axe';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { adoptedPlanWithAction, signInToWrite } from './support/demo-api';

type Catalog = Record<string, any>;
const ns = (lang: string, name: string) => (catalogs as any)[lang][name] as Catalog;

/**
 * Issue 13, item 4, for action tracking: an official fills the missing languages of an action's tracking
 * by machine translation in the tracking window, approves one text, saves; an English reader of the
 * monitoring page sees the still unreviewed milestone marked "to be reviewed", the approved department not.
 */
describe('action tracking in every plan language: fill, approve, "to be reviewed" on the monitoring page', () => {
  let browser: Browser;
  let official: BrowserContext;
  const stamp = Date.now().toString(36);
  const slug = `plan-suivi-${stamp}`;
  const year = new Date().getUTCFullYear();
  const actionFr = 'Accueillir les délégations';
  const milestoneFr = 'Signature de la convention de jumelage';

  beforeAll(async () => {
    browser = await launchBrowser();
    official = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const post = await signInToWrite(official, 'admin@demo.polyphony.test');
    const action = await adoptedPlanWithAction(post, {
      slug,
      title: { fr: 'Plan du suivi', es: 'Plan del seguimiento', ca: 'Pla del seguiment', en: 'Tracking plan' },
      line: { fr: 'Jumelages', es: 'Hermanamientos', ca: 'Agermanaments', en: 'Twinning' },
      action: { title: { fr: actionFr, es: 'Acoger las delegaciones', ca: 'Acollir les delegacions', en: 'Host the delegations' } },
      version: { fr: 'Adoptée', es: 'Adoptada', ca: 'Adoptada', en: 'Adopted' },
    });
    // Its tracking, written in French only.
    await post(
      `/api/accountability/actions/${action.id}`,
      {
        status: 'in_progress',
        responsible: { fr: 'Service des relations internationales' },
        milestones: [{ title: { fr: milestoneFr }, dueOn: `${year + 1}-06-30` }],
      },
      'put',
    );
  });
  afterAll(async () => {
    await official?.close();
    await browser?.close();
  });

  it('an official fills the tracking’s missing languages in the tracking window and approves one; an English reader sees the rest marked to be reviewed', async () => {
    // The demo admin reads the platform in Catalan (their account's language).
    const ca = ns('ca', 'accountability');
    const caLangs = ns('ca', 'officialLanguages');
    const page = await official.newPage();
    await page.goto(`${baseUrl()}/monitoring?plan=${slug}`);
    await page.getByRole('button', { name: ca.track.openFor.replace('{{name}}', 'Acollir les delegacions') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: caLangs.fill.button }).click();
    // Department and milestone, each in Spanish, Catalan and English: six texts to review.
    await dialog.getByRole('status').getByText(caLangs.fill.done_other.replace('{{count}}', '6')).waitFor();
    await dialog.getByText(caLangs.fill.toReview_other.replace('{{count}}', '6')).waitFor();
    await screenshot(page, 'tracking-languages-window-ca-1280');
    expect(await seriousViolations(page)).toEqual([]);
    // The English department approved as it is.
    const approveDepartment = caLangs.fill.approveLabel.replace('{{field}}', ca.track.responsible).replace('{{language}}', 'English');
    await dialog.getByRole('button', { name: approveDepartment }).click();
    await dialog.getByText(caLangs.fill.toReview_other.replace('{{count}}', '5')).waitFor();
    // The window's English names show the machine's text (filled and saved).
    await dialog.getByLabel(ca.track.namesLanguage).selectOption('en');
    const milestoneEn = await dialog.getByRole('textbox', { name: new RegExp(ca.track.milestoneTitle.replace('{{n}}', '1')) }).inputValue();
    expect(milestoneEn.trim()).not.toBe('');
    expect(milestoneEn).not.toBe(milestoneFr);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'tracking-languages-window-ca-390');
    await dialog.getByRole('button', { name: ca.track.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.close();

    const en = ns('en', 'officialLanguages');
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const reader = await context.newPage();
    await reader.goto(`${baseUrl()}/monitoring?plan=${slug}`);
    const item = reader.locator('li').filter({ hasText: 'Host the delegations' });
    await item.getByText(milestoneEn, { exact: false }).first().waitFor();
    // The milestone: stored machine text, marked to be reviewed, the French original a click away.
    const reviewed = item.locator('.official-text[data-state="review"]');
    await reviewed.getByText(en.mark.review.replace('{{language}}', 'French')).waitFor();
    expect(await reviewed.count()).toBe(1);
    await screenshot(reader, 'tracking-languages-monitoring-en-review-1280');
    await reviewed.getByRole('button', { name: ns('en', 'translation').showOriginal }).click();
    await reviewed.locator('[lang="fr"]').getByText(milestoneFr).waitFor();
    // The approved department: shown as written, no mark at all.
    const department = item.locator('p', { hasText: /^Responsible/ }).first();
    expect(await department.locator('[data-mark]').count()).toBe(0);
    expect(await reader.locator('main').textContent()).not.toContain('Service des relations internationales');
    await screenshot(reader, 'tracking-languages-monitoring-en-1280');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.setViewportSize({ width: 390, height: 844 });
    await screenshot(reader, 'tracking-languages-monitoring-en-390');
    await context.close();
  });
});
