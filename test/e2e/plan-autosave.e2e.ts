// The plan section editor's autosave, as an official sees it: saved after typing, a colleague's save taken
// into an idle form, a conflict resolved by keeping one's own text, a change not yet sent sent on leaving.
import type { Browser, BrowserContext } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { signInToWrite } from './support/demo-api';

describe('plan section autosave', () => {
  let browser: Browser;
  let official: BrowserContext;
  afterAll(async () => {
    await browser?.close();
  });

  it('saves after typing, takes a colleague save, shows a conflict, keeps mine, flushes on leaving', async () => {
    browser = await launchBrowser();
    official = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const post = await signInToWrite(official, 'official@demo.polyphony.test');
    const me = await (await official.request.get(`${baseUrl()}/api/me`)).json();
    const lang = me.preferredLanguage as 'fr' | 'es' | 'ca' | 'en';
    const t = (catalogs as any)[lang].plan;
    const slug = `autosave-${Date.now().toString(36)}`;
    const plan = await post('/api/plans', {
      slug,
      title: { fr: 'P', es: 'P', ca: 'P', en: 'P' },
      periodStart: 2026,
      periodEnd: 2030,
      languages: ['fr', 'es', 'ca', 'en'],
      consultationId: null,
    });
    const A = await post(`/api/plans/${plan.id}/sections`, {
      kind: 'text',
      content: { title: { fr: 'Alpha', es: 'Alpha', ca: 'Alpha', en: 'Alpha' } },
    });
    await post(`/api/plans/${plan.id}/sections`, { kind: 'text', content: { title: { fr: 'Beta', es: 'Beta', ca: 'Beta', en: 'Beta' } } });
    const draft = async () =>
      (await (await official.request.get(`${baseUrl()}/api/plans/${plan.id}?version=draft`)).json()).sections.find(
        (s: any) => s.id === A.id,
      );

    const page = await official.newPage();
    await page.goto(`${baseUrl()}/plans/${slug}/edit`);
    await page.getByLabel(t.fields.contentLanguage).selectOption(lang);
    await page.getByRole('button', { name: 'Alpha' }).first().click();
    const title = page.getByRole('textbox', { name: t.fields.title, exact: true });
    await title.fill('Alpha 1');
    await page.getByText(t.editor.unsaved).waitFor();
    await page.getByText(t.editor.saved.replace('{{revision}}', '1')).waitFor();
    expect((await draft()).content.title[lang]).toBe('Alpha 1');
    expect((await draft()).revision).toBe(1);

    // A colleague saves: the idle form takes their text.
    const theirs = await post(
      `/api/plans/${plan.id}/sections/${A.id}`,
      { revision: 1, content: { title: { ...(await draft()).content.title, [lang]: 'Alpha theirs' } } },
      'put',
    );
    expect(theirs.revision).toBe(2);
    for (let i = 0; i < 50 && (await title.inputValue()) !== 'Alpha theirs'; i++) await page.waitForTimeout(200);
    expect(await title.inputValue()).toBe('Alpha theirs');

    // A conflict: the form types from revision 2 while a colleague saves revision 3.
    await title.fill('Alpha mine');
    await post(
      `/api/plans/${plan.id}/sections/${A.id}`,
      { revision: 2, content: { title: { ...(await draft()).content.title, [lang]: 'Alpha other' } } },
      'put',
    );
    const alert = page.getByRole('alert').filter({ hasText: t.editor.conflictTitle });
    await alert.waitFor();
    await alert.getByText('Alpha other').waitFor();
    await screenshot(page, 'plan-autosave-conflict');
    await alert.getByRole('button', { name: t.editor.keepMine }).click();
    await page.getByText(t.editor.saved.replace('{{revision}}', '4')).waitFor();
    expect((await draft()).content.title[lang]).toBe('Alpha mine');

    // Leaving with a change not yet sent: it is sent at once.
    await title.fill('Alpha leaving');
    await page.getByRole('button', { name: 'Beta' }).first().click();
    for (let i = 0; i < 50 && (await draft()).content.title[lang] !== 'Alpha leaving'; i++) await page.waitForTimeout(200);
    expect((await draft()).content.title[lang]).toBe('Alpha leaving');
  });
});
