import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { join } from 'node:path';
import { SCREENSHOTS, baseUrl, launchBrowser, screenshot } from './support/browser';
import { DEMO_CONSULTATION, signInAsNew } from './support/routes';

const T = (lang: 'ca' | 'en') => catalogs[lang].translation as Record<string, any>;

async function send(context: BrowserContext, method: 'post' | 'patch' | 'put', path: string, data: unknown) {
  const { token } = await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const response = await context.request[method](`${baseUrl()}${path}`, { data, headers: { 'X-CSRF-Token': token } });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** A signed-in reader whose language is `lang` (their own translation budget, apart from anonymous visitors'). */
async function reader(browser: Browser, lang: 'ca' | 'en' | 'es', role: 'participant' | 'official', width = 1280) {
  const locale = { ca: 'ca-ES', en: 'en-GB', es: 'es-ES' }[lang];
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  await signInAsNew(browser, context, role, `reader-${lang}`);
  await send(context, 'patch', '/api/me', { preferredLanguage: lang });
  return context;
}

/** The mark inside `scope` says "machine translated from <from>"; its toggle shows the original and comes back. */
async function toggleOriginal(page: Page, scope: ReturnType<Page['getByTestId']>, lang: 'ca' | 'en', from: string, original: RegExp) {
  const t = T(lang);
  const mark = scope.getByTestId('machine-translation-mark').first();
  await mark.waitFor();
  expect(await mark.textContent()).toBe(t.machineTranslatedFrom[from]);
  const before = await scope.textContent();
  expect(before).not.toMatch(original);
  await scope.getByRole('button', { name: t.showOriginal }).first().click();
  await expect(scope.textContent()).resolves.toMatch(original);
  expect(await mark.textContent()).toBe(t.original.replace('{{language}}', t.languages[from]));
  await scope.getByRole('button', { name: t.showTranslation }).first().click();
  await expect(scope.textContent()).resolves.toBe(before);
}

describe('reading someone else in your language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a Catalan visitor opens a Spanish proposal, reads it in Catalan with the mark, and toggles the original', async () => {
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 900 } });
    const list = await (await context.request.get(`${baseUrl()}/api/proposals?limit=50&sort=supports`)).json();
    const spanish = (list.items as { id: string; title: string; language: string }[]).find((p) => p.language === 'es');
    expect(spanish).toBeDefined();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/proposals/${spanish!.id}`);
    const ca = T('ca');
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByTestId('machine-translation-mark').first().waitFor();
    await expect(page.getByTestId('machine-translation-mark').first().textContent()).resolves.toBe(ca.machineTranslatedFrom.es);
    const translated = await heading.textContent();
    expect(translated).not.toBe(spanish!.title);
    expect(await heading.getAttribute('lang')).toBe('ca');
    await screenshot(page, 'translation-proposal-ca-1280');

    // The original, one click (or key press) away, then back.
    const toggle = page.getByRole('button', { name: ca.showOriginal }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(heading.textContent()).resolves.toBe(spanish!.title);
    expect(await heading.getAttribute('lang')).toBe('es');
    await expect(page.getByTestId('machine-translation-mark').first().textContent()).resolves.toBe(
      ca.original.replace('{{language}}', ca.languages.es),
    );
    const back = page.getByRole('button', { name: ca.showTranslation }).first();
    expect(await back.getAttribute('aria-pressed')).toBe('true');
    await back.click();
    await expect(heading.textContent()).resolves.toBe(translated);

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'translation-proposal-ca-390');
    await context.close();

    // A signed-in English reader gets the same proposal in English.
    const en = await reader(browser, 'en', 'participant', 390);
    const enPage = await en.newPage();
    await enPage.goto(`${baseUrl()}/proposals/${spanish!.id}`);
    await enPage.getByText(T('en').machineTranslatedFrom.es).first().waitFor();
    await screenshot(enPage, 'translation-proposal-en-390');
    await en.close();
  });

  it('a Catalan visitor reads the proposals list in Catalan: a card’s title and excerpt under one mark, both originals one click away', async () => {
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 900 } });
    // The list's first page (12 cards, most supported first), as the page asks for it.
    const list = await (await context.request.get(`${baseUrl()}/api/proposals?limit=12&sort=supports`)).json();
    const spanish = (list.items as { id: string; title: string; excerpt: string; language: string }[]).find((p) => p.language === 'es');
    expect(spanish).toBeDefined();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/proposals?sort=supports`);
    const ca = T('ca');
    const card = page.getByTestId('proposal-card').filter({ has: page.locator(`a[href="/proposals/${spanish!.id}"]`) });
    const title = card.locator(`a[href="/proposals/${spanish!.id}"]`);
    await card.getByTestId('machine-translation-mark').waitFor();
    expect(await card.getByTestId('machine-translation-mark').count()).toBe(1);
    expect(await card.getByTestId('machine-translation-mark').textContent()).toBe(ca.machineTranslatedFrom.es);
    expect(await title.getAttribute('lang')).toBe('ca');
    expect(await title.textContent()).not.toBe(spanish!.title);
    expect(await card.textContent()).not.toContain(spanish!.excerpt.slice(0, 40));
    await screenshot(page, 'translation-proposals-list-ca');

    await card.getByRole('button', { name: ca.showOriginal }).click();
    await expect(title.textContent()).resolves.toBe(spanish!.title);
    expect(await title.getAttribute('lang')).toBe('es');
    expect(await card.textContent()).toContain(spanish!.excerpt.slice(0, 40));
    await context.close();
  });

  it('a Catalan reader reads the version history of a Spanish proposal in Catalan, the original diff one click away', async () => {
    const author = await reader(browser, 'es', 'participant');
    const p = await send(author, 'post', '/api/proposals', {
      title: 'Una red de cooperación con Dakar para la gestión de residuos',
      body: 'Las asociaciones de la diáspora proponen un programa de intercambio entre técnicos municipales.',
      expectedResults: 'Dos misiones técnicas al año.',
      regions: ['africa'],
      partners: ['Dakar'],
      sdgTargets: ['11.6'],
      agendas: [],
    });
    await send(author, 'patch', `/api/proposals/${p.id}`, {
      baseVersion: 1,
      body: 'Las asociaciones de la diáspora proponen un programa de intercambio entre técnicos municipales. Cada año se publica un informe.',
    });
    await send(author, 'post', `/api/proposals/${p.id}/submit`, {});
    await author.close();

    for (const [lang, width] of [
      ['ca', 1280],
      ['en', 390],
    ] as const) {
      const context = await reader(browser, lang, 'participant', width);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/proposals/${p.id}`);
      const diff = page.getByTestId('version-diff');
      await diff.getByTestId('machine-translation-mark').waitFor();
      expect(await diff.locator('ins').first().getAttribute('title')).toBeTruthy();
      expect(await diff.locator('ins').first().textContent()).not.toMatch(/Cada año se publica/);
      await diff.scrollIntoViewIfNeeded();
      await screenshot(page, `translation-version-diff-${lang}-${width}`);
      await toggleOriginal(page, diff, lang, 'es', /Cada año se publica un informe/);
      await context.close();
    }
  });

  it('a Catalan voter reads each statement in Catalan on the vote card, and the original on demand', async () => {
    for (const [lang, width] of [
      ['ca', 1280],
      ['en', 390],
    ] as const) {
      const context = await reader(browser, lang, 'participant', width);
      const page = await context.newPage();
      const consultation = await (await context.request.get(`${baseUrl()}/api/consultations/${DEMO_CONSULTATION}`)).json();
      const nextStatement = async () =>
        (await (await context.request.get(`${baseUrl()}/api/consultations/${consultation.id}/statements/next`)).json()).statement as {
          id: string;
          text: string;
          language: string;
        };
      // Other e2e files add statements to the shared app, some in the reader's own language: pass those.
      let statement = await nextStatement();
      for (let i = 0; i < 20 && statement.language === lang; i++) {
        await send(context, 'put', `/api/statements/${statement.id}/vote`, { vote: 'pass' });
        statement = await nextStatement();
      }
      expect(statement.language).not.toBe(lang);
      await page.goto(`${baseUrl()}/consultations/${DEMO_CONSULTATION}/statements`);
      const card = page.getByTestId('vote-card');
      await card.getByTestId('machine-translation-mark').waitFor();
      expect(await card.getByTestId('statement-text').getAttribute('lang')).toBe(lang);
      // The opinion map's statements (representative of a group, consensus) are read in translation too.
      await page.getByRole('listitem').getByTestId('machine-translation-mark').first().waitFor();
      await screenshot(page, `translation-statement-${lang}-${width}`);
      await toggleOriginal(
        page,
        card,
        lang,
        statement.language,
        new RegExp(statement.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      expect(await card.getByTestId('statement-text').getAttribute('lang')).toBe(lang);
      await context.close();
    }
  });

  it('an official reads interview key points in their language, marked, with the original on demand', async () => {
    for (const [lang, width] of [
      ['ca', 1280],
      ['en', 390],
    ] as const) {
      const context = await reader(browser, lang, 'official', width);
      const consultation = await (await context.request.get(`${baseUrl()}/api/consultations/${DEMO_CONSULTATION}`)).json();
      const list = await (
        await context.request.get(`${baseUrl()}/api/consultations/${consultation.id}/interviews?status=held&limit=50`)
      ).json();
      // An interview whose first key point is in another of the platform's languages.
      let found: { id: string; keyPoint: { text: string; language: string } } | undefined;
      for (const item of list.items as { id: string }[]) {
        const interview = await (await context.request.get(`${baseUrl()}/api/interviews/${item.id}`)).json();
        const [keyPoint] = interview.keyPoints as { text: string; language: string }[];
        if (keyPoint && ['fr', 'es', 'ca', 'en'].includes(keyPoint.language) && keyPoint.language !== lang) {
          found = { id: item.id, keyPoint };
          break;
        }
      }
      expect(found).toBeDefined();
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/consultations/${DEMO_CONSULTATION}/interviews/${found!.id}`);
      const first = page.locator('#key-points').locator('..').getByRole('listitem').first();
      await first.getByTestId('machine-translation-mark').waitFor();
      await first.scrollIntoViewIfNeeded();
      // The page is long: the visible part, with the key points.
      await page.screenshot({ path: join(SCREENSHOTS, `translation-key-point-${lang}-${width}.png`) });
      await toggleOriginal(
        page,
        first,
        lang,
        found!.keyPoint.language,
        new RegExp(found!.keyPoint.text.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      await context.close();
    }
  });

  it('an official exports the proposals with each text as written, its language and its translation into theirs', async () => {
    for (const [lang, width] of [
      ['ca', 390],
      ['en', 1280],
    ] as const) {
      const context = await reader(browser, lang, 'official', width);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/proposals`);
      const label = (catalogs[lang].proposals as Record<string, any>).list.export as string;
      const link = page.getByRole('link', { name: label });
      await link.waitFor();
      await screenshot(page, `translation-proposals-export-${lang}-${width}`);
      const href = await link.getAttribute('href');
      expect(href).toContain(`lang=${lang}`);
      const csv = await (await context.request.get(`${baseUrl()}${href}`)).text();
      // Labelled in the official's language, separated as their spreadsheets expect.
      const header = csv
        .replace(/^\ufeff/, '')
        .split('\n')[0]
        .split(lang === 'en' ? ',' : ';');
      const c = catalogs[lang] as Record<string, any>;
      const into = (c.translation.export.machineTranslation as string).replace('{{language}}', c.translation.languages[lang]);
      const col = c.proposals.export as Record<string, string>;
      expect(header).toEqual(
        expect.arrayContaining([c.translation.export.language, col.title, `${col.title} (${into})`, `${col.body} (${into})`]),
      );
      await context.close();
    }
  });

  it('a participant reads the room’s pinned message in their language, marked, with the original on demand', async () => {
    for (const [lang, width] of [
      ['en', 1280],
      ['ca', 390],
    ] as const) {
      const context = await reader(browser, lang, 'participant', width);
      const open = await (await context.request.get(`${baseUrl()}/api/rooms?status=open`)).json();
      const room = (open.items as { id: string }[])[0];
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/rooms/${room.id}`);
      const pinned = page.locator('section[aria-labelledby="pinned-title"]');
      await pinned.getByTestId('machine-translation-mark').first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `translation-room-pinned-${lang}-${width}.png`) });
      const from = (await pinned.getByTestId('machine-translation-mark').first().textContent())!;
      const language = Object.entries(T(lang).machineTranslatedFrom as Record<string, string>).find(([, label]) => label === from)![0];
      await toggleOriginal(page, pinned, lang, language, /Presentaos en una frase/);
      await context.close();
    }
  });
});
