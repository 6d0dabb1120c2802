import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

type Lang = 'fr' | 'es' | 'ca' | 'en';
const P = (lang: Lang) => catalogs[lang].proposals as Record<string, any>;
const PASSWORD = 'polyphony-demo';

async function signIn(browser: Browser, email: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const res = await context.request.post(`${baseUrl()}/api/auth/login`, {
    headers: { 'X-CSRF-Token': token },
    data: { email, password: PASSWORD },
  });
  expect(res.status()).toBe(200);
  const page = await context.newPage();
  return { context, page };
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('co-proposing an action', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const title = `Xarxa de cooperació amb Dakar ${stamp}`;
  let url = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an association member drafts and invites a diaspora member, who accepts and edits; they submit; a resident supports and comments; an official accepts; co-authors are notified; the diff shows the edit', async () => {
    // The association member (Catalan) drafts.
    const civil = await signIn(browser, 'civil-society@demo.polyphony.test', 'ca-ES');
    const ca = P('ca');
    await civil.page.goto(`${baseUrl()}/proposals/new`);
    await civil.page.getByLabel(ca.form.title).fill(title);
    await civil.page.getByLabel(ca.form.body).fill('Intercanvi entre tècnics de les dues metròpolis sobre la **recollida selectiva**.');
    await civil.page.getByLabel(ca.form.expectedResults).fill('Dues missions tècniques cada any.');
    await civil.page.getByRole('button', { name: ca.form.create }).click();
    await civil.page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    url = civil.page.url();
    await civil.page.getByLabel(ca.page.inviteEmail).fill('diaspora@demo.polyphony.test');
    await civil.page.getByRole('button', { name: ca.page.invitePerson, exact: true }).click();
    await civil.page.getByTestId('coauthor').filter({ hasText: 'Aminata Diop' }).waitFor();
    await screenshot(civil.page, 'proposals-draft-ca');

    // The diaspora member (French) accepts and edits.
    const diaspora = await signIn(browser, 'diaspora@demo.polyphony.test', 'fr-FR');
    const fr = P('fr');
    await diaspora.page.goto(url);
    await diaspora.page.getByRole('button', { name: fr.page.accept }).click();
    await diaspora.page.getByRole('link', { name: fr.page.edit }).click();
    const body = diaspora.page.getByLabel(fr.form.body);
    await body.fill(
      'Intercanvi entre tècnics de les dues metròpolis sobre la **recollida selectiva**, amb les associacions de la diàspora senegalesa.',
    );
    await choose(diaspora.page, fr.form.strategicLine, 'Agendas de l’UE et de l’ONU');
    // A MultiSelect's pills wrapper takes the click meant for its input.
    await diaspora.page.getByLabel(fr.form.regions).first().click({ force: true });
    await diaspora.page.getByRole('option', { name: 'Afrique', exact: true }).click();
    await diaspora.page.keyboard.press('Escape');
    await diaspora.page.getByRole('button', { name: fr.form.save }).click();
    await diaspora.page.waitForURL(url);
    await diaspora.page.getByTestId('version-diff').waitFor();

    // Back to the association member: submit.
    // The confirmation is a labelled dialog of the page, not the browser's native confirm().
    let nativeDialogs = 0;
    civil.page.on('dialog', (d) => {
      nativeDialogs++;
      void d.dismiss();
    });
    await civil.page.goto(url);
    await civil.page.getByRole('button', { name: ca.page.submit }).click();
    const confirmation = civil.page.getByRole('dialog', { name: ca.page.submit });
    await confirmation.getByText(ca.page.submitConfirm).waitFor();
    await screenshot(civil.page, 'proposals-submit-confirm-ca');
    await confirmation.getByRole('button', { name: ca.page.submit }).click();
    await confirmation.waitFor({ state: 'hidden' });
    expect(nativeDialogs).toBe(0);
    await civil.page.getByText(ca.status.submitted, { exact: true }).first().waitFor();

    // A resident supports and comments.
    const resident = await signIn(browser, 'resident@demo.polyphony.test', 'ca-ES');
    await resident.page.goto(url);
    await resident.page.getByRole('button', { name: ca.page.support }).click();
    await resident.page.getByText(ca.page.supported).waitFor();
    await resident.page.getByLabel(ca.comments.label).fill('Molt bona idea: caldria incloure-hi les escoles.');
    await resident.page.getByRole('button', { name: ca.comments.post, exact: true }).click();
    await resident.page.getByTestId('comment').filter({ hasText: 'incloure-hi les escoles' }).waitFor();
    await screenshot(resident.page, 'proposals-supported-ca');

    // An official (Spanish) puts it under evaluation, then accepts it with a public text.
    const official = await signIn(browser, 'official@demo.polyphony.test', 'es-ES');
    const es = P('es');
    await official.page.goto(url);
    await choose(official.page, es.page.nextStatus, es.status.under_evaluation);
    await official.page.getByRole('button', { name: es.page.sendAnswer }).click();
    await official.page.getByText(es.status.under_evaluation, { exact: true }).first().waitFor();
    await choose(official.page, es.page.nextStatus, es.status.accepted);
    await official.page.getByLabel(es.page.answerText).fill('Se incorpora al plan como acción de la línea de cooperación internacional.');
    await official.page.getByRole('button', { name: es.page.sendAnswer }).click();
    await official.page.getByText('Se incorpora al plan como acción').waitFor();
    await screenshot(official.page, 'proposals-answered-es');

    // The co-authors see the notification.
    for (const [who, lang] of [
      [civil, 'ca'],
      [diaspora, 'fr'],
    ] as const) {
      await who.page.goto(`${baseUrl()}/notifications`);
      const expected = P(lang).status.accepted;
      await who.page.getByTestId('notification').filter({ hasText: title }).filter({ hasText: expected }).first().waitFor();
      await expect(who.page.getByTestId('notification-bell').getAttribute('aria-label')).resolves.toBeTruthy();
    }
    await screenshot(civil.page, 'proposals-notifications-ca');

    // The version diff shows the diaspora member's edit.
    await diaspora.page.goto(url);
    const diff = diaspora.page.getByTestId('version-diff');
    await diff.waitFor();
    // A French reader of a Catalan proposal reads the diff between the versions' translations, marked; the
    // original diff is one click away.
    const mt = catalogs.fr.translation as Record<string, any>;
    await expect(diff.getByTestId('machine-translation-mark').textContent()).resolves.toBe(mt.machineTranslatedFrom.ca);
    expect((await diff.locator('ins').allInnerTexts()).join(' ')).toMatch(/diaspora/i);
    await screenshot(diaspora.page, 'proposals-diff-fr');
    await diff.getByRole('button', { name: mt.showOriginal }).click();
    const added = await diff.locator('ins').allInnerTexts();
    expect(added.join(' ')).toContain('diàspora senegalesa');
    // Taxonomy fields show their labels in the reader's language, never their keys.
    const diffText = await diff.innerText();
    expect(diffText).toContain('Afrique');
    expect(diffText).toContain('Agendas de l’UE et de l’ONU');
    expect(diffText).not.toMatch(/\bafrica\b|eu_un_agenda/);

    // Lists in French and Spanish.
    await diaspora.page.goto(`${baseUrl()}/proposals`);
    await diaspora.page.getByTestId('proposal-card').first().waitFor();
    await screenshot(diaspora.page, 'proposals-list-fr');
    await official.page.goto(`${baseUrl()}/proposals?sort=newest`);
    await official.page.getByTestId('proposal-card').first().waitFor();
    await screenshot(official.page, 'proposals-list-es');
    await official.page.goto(`${baseUrl()}/moderation`);
    await screenshot(official.page, 'proposals-moderation-es');
    for (const c of [civil, diaspora, resident, official]) await c.context.close();
  });

  it('a co-author is found by name and invited from the keyboard; an organisation is picked from the same search', async () => {
    const author = await signIn(browser, 'private-sector@demo.polyphony.test', 'ca-ES');
    const ca = P('ca');
    const token = (await (await author.context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token;
    const created = await (
      await author.context.request.post(`${baseUrl()}/api/proposals`, {
        headers: { 'X-CSRF-Token': token },
        data: { title: `Fira de comerç just amb Medellín ${stamp}`, body: 'Una fira anual amb productors colombians.' },
      })
    ).json();
    await author.page.goto(`${baseUrl()}/proposals/${created.id}`);
    const box = author.page.getByRole('combobox', { name: ca.page.searchCoauthor });
    // A prefix of each word, so that the person is the first option whoever else the shared app holds.
    await box.fill('Camilo Rest');
    await author.page.getByRole('option', { name: /Camilo Restrepo/ }).waitFor();
    await screenshot(author.page, 'proposals-coauthor-search-ca');
    // The rest at 390 px: resizing closes the list, typing opens it again.
    await author.page.setViewportSize({ width: 390, height: 844 });
    await box.fill('');
    await box.fill('Camilo Rest');
    await author.page.getByRole('option', { name: /Camilo Restrepo/ }).waitFor();
    await screenshot(author.page, 'proposals-coauthor-search-ca-390');
    expect(await author.page.getByRole('listbox', { name: ca.page.searchCoauthor }).getByRole('option').first().textContent()).toContain(
      'Camilo Restrepo',
    );
    await box.press('ArrowDown');
    await box.press('Enter');
    await author.page.getByTestId('coauthor').filter({ hasText: 'Camilo Restrepo' }).getByText(ca.page.invited).waitFor();
    await box.fill('Politèc');
    await author.page.getByRole('option', { name: /Universitat Politècnica de Catalunya/ }).click();
    await author.page.getByTestId('coauthor').filter({ hasText: 'Universitat Politècnica de Catalunya' }).waitFor();
    // The search never shows e-mails, and the invited ones are no longer offered.
    await box.fill('Camilo Rest');
    await author.page.getByRole('status').filter({ hasText: ca.page.searchNone }).waitFor();
    expect(await author.page.getByRole('listbox').textContent()).not.toContain('@');
    await author.context.close();
  });

  it('the CSV export offers its separator next to the link: Spanish readers get semicolons by default, and may choose commas', async () => {
    const official = await signIn(browser, 'official@demo.polyphony.test', 'es-ES');
    const es = P('es');
    const web = catalogs.es.web as Record<string, any>;
    await official.page.goto(`${baseUrl()}/proposals`);
    const choice = official.page.getByLabel(web.csv.separator);
    expect(await choice.inputValue()).toBe('semicolon');
    await screenshot(official.page, 'proposals-csv-separator-es');
    const link = official.page.getByRole('link', { name: es.list.export });
    expect(await link.getAttribute('href')).toContain('separator=semicolon');
    await choice.selectOption('comma');
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('separator=comma');
    const csv = await (await official.context.request.get(`${baseUrl()}${href}`)).text();
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header.split(',').length).toBeGreaterThan(5);
    expect(header).not.toContain(';');
    await official.context.close();
  });

  it('an XSS payload in a title, body and comment stays inert in the browser', async () => {
    const author = await signIn(browser, 'academia@demo.polyphony.test', 'es-ES');
    const token = (await (await author.context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token;
    const headers = { 'X-CSRF-Token': token };
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>[x](javascript:window.__xss=3)';
    const created = await (
      await author.context.request.post(`${baseUrl()}/api/proposals`, {
        headers,
        data: { title: `XSS <img src=x onerror="window.__xss=4"> ${stamp}`, body: payload },
      })
    ).json();
    await author.context.request.post(`${baseUrl()}/api/proposals/${created.id}/submit`, { headers });
    await author.context.request.post(`${baseUrl()}/api/proposals/${created.id}/comments`, { headers, data: { body: payload } });
    let dialogs = 0;
    author.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await author.page.goto(`${baseUrl()}/proposals/${created.id}`);
    await author.page.getByTestId('comment').first().waitFor();
    await author.page
      .locator('a', { hasText: 'x' })
      .first()
      .click({ trial: true })
      .catch(() => undefined);
    expect(await author.page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await author.page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(await author.page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The title is shown as text, with its angle brackets.
    await author.page.getByRole('heading', { level: 1, name: /XSS <img/ }).waitFor();
    expect(dialogs).toBe(0);
    await author.context.close();
  });
});
