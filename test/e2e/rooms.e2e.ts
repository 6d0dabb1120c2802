import type { Browser, BrowserContext, Locator, Page, WebSocket } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { CuttableProxy } from './support/cuttable-proxy';

type Catalog = Record<string, any>;
const fr = catalogs.fr.rooms as Catalog;
const es = catalogs.es.rooms as Catalog;
const ca = catalogs.ca.rooms as Catalog;
const en = catalogs.en.rooms as Catalog;

async function login(context: BrowserContext, email: string, base = baseUrl()) {
  const token = (await (await context.request.get(`${base}/api/auth/csrf`)).json()).token as string;
  const response = await context.request.post(`${base}/api/auth/login`, {
    headers: { 'X-CSRF-Token': token },
    data: { email, password: 'polyphony-demo' },
  });
  expect(response.status()).toBe(200);
}

async function register(context: BrowserContext, who: string, email: string, preferredLanguage = 'fr', base = baseUrl()) {
  const token = (await (await context.request.get(`${base}/api/auth/csrf`)).json()).token as string;
  const response = await context.request.post(`${base}/api/auth/register`, {
    headers: { 'X-CSRF-Token': token },
    data: {
      email,
      password: 'a long enough passphrase',
      displayName: who,
      preferredLanguage,
      category: 'diaspora',
      country: 'CO',
      acceptPrivacy: true,
    },
  });
  expect(response.status()).toBe(201);
}

async function post(context: BrowserContext, path: string, data: object) {
  const token = (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token as string;
  const response = await context.request.post(`${baseUrl()}${path}`, { headers: { 'X-CSRF-Token': token }, data });
  expect(response.status()).toBeLessThan(300);
  return (await response.json()) as { id: string };
}

/** The message article whose text contains `text` (others' messages are shown machine-translated: match a token that survives). */
const message = (page: Page, text: string): Locator => page.locator('article.room-message', { hasText: text });
const tr = (lang: 'fr' | 'es' | 'ca' | 'en') => catalogs[lang].translation as Catalog;

describe('a live discussion room in Chromium', () => {
  let browser: Browser;
  let facilitator: Page;
  let participant: Page;
  let roomPath = '';
  const stamp = Date.now().toString(36);
  const newcomer = `Valentina ${stamp}`; // registers in French; the demo facilitator, Irene, reads Spanish

  beforeAll(async () => {
    browser = await launchBrowser();
    const facilitatorContext = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 1000 } });
    const participantContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 1000 } });
    await login(facilitatorContext, 'facilitator@demo.polyphony.test');
    await register(participantContext, newcomer, `valentina-${stamp}@example.org`);
    const open = await (await participantContext.request.get(`${baseUrl()}/api/rooms?status=open`)).json();
    const room = open.items.find((r: { title: { fr?: string } }) => r.title.fr?.startsWith('Café des diasporas'));
    expect(room).toBeDefined();
    roomPath = `/rooms/${room.id}`;
    facilitator = await facilitatorContext.newPage();
    participant = await participantContext.newPage();
    await facilitator.goto(`${baseUrl()}/`);
    await facilitator.evaluate(() => localStorage.setItem('polyphony.language', 'es'));
    await participant.goto(`${baseUrl()}/`);
    await participant.evaluate(() => localStorage.setItem('polyphony.language', 'fr'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a newcomer and the facilitator see each other’s messages live; the facilitator hides one (it disappears for everyone) and marks another as a key point', async () => {
    await facilitator.goto(`${baseUrl()}${roomPath}`);
    await participant.goto(`${baseUrl()}${roomPath}`);
    await facilitator
      .getByText(es.connection.online, { exact: true })
      .waitFor()
      .catch(async (e) => {
        await screenshot(facilitator, 'rooms-failure-facilitator');
        throw e;
      });
    await participant.getByText(fr.connection.online, { exact: true }).waitFor();
    // The newcomer appears in the facilitator's presence list.
    await facilitator.locator('#presence-title').locator('xpath=..').getByText(newcomer).waitFor();

    // Each reads the other in their own language (machine translated, marked), the original one click away.
    const hello = `Bonjour, je viens de Medellín (${stamp}h)`;
    await participant.getByRole('textbox', { name: fr.composer.label }).fill(hello);
    await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
    await message(facilitator, `${stamp}h`).getByText(tr('es').machineTranslatedFrom.fr).waitFor();
    expect(await message(facilitator, `${stamp}h`).locator('.room-message__body').innerText()).toMatch(/vengo de Medellín/);

    const idea = `Propuesta: un fondo para proyectos co-diseñados con las diásporas (${stamp}i)`;
    await facilitator.getByRole('textbox', { name: es.composer.label }).fill(idea);
    await facilitator.getByRole('button', { name: es.composer.send }).click();
    await message(participant, `${stamp}i`).getByText(tr('fr').machineTranslatedFrom.es).waitFor();
    await message(participant, `${stamp}i`)
      .getByRole('button', { name: tr('fr').showOriginal })
      .click();
    await message(participant, idea).waitFor();
    await message(participant, idea)
      .getByRole('button', { name: tr('fr').showTranslation })
      .click();

    const offTopic = `Quelqu'un sait à quelle heure ferme la piscine ? (${stamp}o)`;
    await participant.getByRole('textbox', { name: fr.composer.label }).fill(offTopic);
    await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
    await message(facilitator, `${stamp}o`).waitFor();
    await screenshot(participant, 'rooms-live-fr');

    // Hide, with a reason: it disappears for everyone at once.
    await message(facilitator, `${stamp}o`)
      .getByRole('button', { name: es.facilitation.menu.replace('{{name}}', newcomer) })
      .click();
    await facilitator.getByRole('menuitem', { name: es.facilitation.hide }).click();
    await facilitator.getByLabel(es.hide.reason).fill('Fuera de tema');
    await facilitator.getByRole('button', { name: es.hide.confirm }).click();
    await message(participant, offTopic).waitFor({ state: 'detached' });
    await participant.getByText(fr.message.hidden.replace('{{reason}}', 'Fuera de tema')).waitFor();
    await message(facilitator, `${stamp}o`).waitFor({ state: 'detached' });

    // A key point, shown to both.
    await message(facilitator, `${stamp}h`)
      .getByRole('button', { name: es.facilitation.menu.replace('{{name}}', newcomer) })
      .click();
    await facilitator.getByRole('menuitem', { name: es.facilitation.markKeyPoint }).click();
    await message(participant, hello).getByText(fr.message.keyPoint).waitFor();
    await message(facilitator, `${stamp}h`).getByText(es.message.keyPoint).waitFor();
    await screenshot(facilitator, 'rooms-facilitator-es');
    await screenshot(participant, 'rooms-participant-fr');

    // Keyboard: from the list, arrow keys move between messages.
    await participant.locator('[role="feed"]').focus();
    await participant.keyboard.press('End');
    await participant.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE', undefined, { timeout: 5000 });
    await participant.keyboard.press('ArrowUp');
    await participant.waitForFunction(
      (token) => document.activeElement?.tagName === 'ARTICLE' && document.activeElement.textContent?.includes(token),
      `${stamp}i`,
      { timeout: 5000 },
    );
  });
  it('two participants writing in French and English each read the other in their own language, the original one click away', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 900 } });
    try {
      await register(context, `Oliver ${stamp}`, `oliver-${stamp}@example.org`, 'en');
      const english = await context.newPage();
      await english.goto(`${baseUrl()}/`);
      await english.evaluate(() => localStorage.setItem('polyphony.language', 'en'));
      await english.goto(`${baseUrl()}${roomPath}`);
      await english.getByText(en.connection.online, { exact: true }).waitFor();
      await english
        .getByTestId('room-translation-note')
        .getByText(/machine translated into English/)
        .waitFor();
      await english.waitForFunction(() => document.querySelector('#composer')?.hasAttribute('disabled') === false);

      const said = `The city should twin with more schools abroad (${stamp}e)`;
      await english.getByRole('textbox', { name: en.composer.label }).fill(said);
      await english.getByRole('textbox', { name: en.composer.label }).press('Enter');
      const inFrench = message(participant, `${stamp}e`);
      await inFrench.getByText(tr('fr').machineTranslatedFrom.en).waitFor();
      expect(await inFrench.locator('.room-message__body').innerText()).toMatch(/ville/i);
      await inFrench.getByRole('button', { name: tr('fr').showOriginal }).click();
      await message(participant, said).waitFor();

      const answer = `Nos écoles cherchent déjà des partenaires (${stamp}f)`;
      await participant.getByRole('textbox', { name: fr.composer.label }).fill(answer);
      await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
      const inEnglish = message(english, `${stamp}f`);
      await inEnglish.getByText(tr('en').machineTranslatedFrom.fr).waitFor();
      expect(await inEnglish.locator('.room-message__body').innerText()).toMatch(/schools/i);
      expect(await message(english, `${stamp}f`).count()).toBe(1);
      expect(await message(participant, `${stamp}e`).count()).toBe(1);
      await screenshot(english, 'rooms-translated-en-390');
      await screenshot(participant, 'rooms-translated-fr-1280');
    } finally {
      await context.close();
    }
  });

  it('a participant who loses the connection sees it, keeps what they typed, and it is sent once when the connection is back', async () => {
    const app = new URL(baseUrl());
    const proxy = new CuttableProxy({ host: app.hostname, port: Number(app.port) });
    await proxy.open();
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 1000 } });
    try {
      // A participant of their own (a demo account's preferences are shared with the other e2e files).
      await register(context, `Jordi ${stamp}`, `jordi-${stamp}@example.org`, 'ca', proxy.url);
      const page = await context.newPage();
      await page.goto(`${proxy.url}${roomPath}`);
      await page.getByText(ca.connection.online, { exact: true }).waitFor();
      // Entered (the join answered): the composer is enabled; only then cut the network.
      await page.waitForFunction(() => document.querySelector('#composer')?.hasAttribute('disabled') === false);

      await proxy.cut();
      await page.getByText(ca.connection.reconnecting, { exact: true }).waitFor();
      const typed = `Escrit sense connexió, enviat en tornar (${stamp}c)`;
      await page.getByRole('textbox', { name: ca.composer.label }).fill(typed);
      await page.getByRole('textbox', { name: ca.composer.label }).press('Enter');
      await page.getByText(ca.outbox.sending).waitFor();
      await page.getByText(ca.connection.pending.replace('{{count}}', '1'), { exact: false }).waitFor();
      await screenshot(page, 'rooms-offline-ca');

      await proxy.open();
      await page.getByText(ca.connection.online, { exact: true }).waitFor({ timeout: 20_000 });
      await message(facilitator, `${stamp}c`).waitFor();
      await page.getByText(ca.outbox.sending).waitFor({ state: 'detached' });
      expect(await message(facilitator, `${stamp}c`).count()).toBe(1);
      expect(await message(page, typed).count()).toBe(1);
    } finally {
      await context.close();
      await proxy.cut();
    }
  });

  it('a signed-in participant on a room page, with its notification bell, holds one socket.io connection; a language switch keeps one and the room follows it', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 1000 } });
    try {
      const email = `lucia-${stamp}@example.org`;
      await register(context, `Lucía ${stamp}`, email);
      const page = await context.newPage();
      // The language set from a page of the origin that opens no socket: only the room page's connections are counted.
      await page.goto(`${baseUrl()}/api/health`);
      await page.evaluate(() => localStorage.setItem('polyphony.language', 'fr'));
      // Each socket.io connection starts with an engine.io handshake: a request to its path without a session id.
      const handshakes: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/socket.io') && !url.searchParams.has('sid')) handshakes.push(url.search);
      });
      const open = new Set<WebSocket>();
      page.on('websocket', (ws) => {
        if (!ws.url().includes('/api/socket.io')) return;
        open.add(ws);
        ws.on('close', () => open.delete(ws));
      });
      await page.goto(`${baseUrl()}${roomPath}`);
      await page.getByText(fr.connection.online, { exact: true }).waitFor();
      await page.waitForFunction(() => document.querySelector('#composer')?.hasAttribute('disabled') === false);

      // A notification pushed live (an invitation to co-author): the bell hears it on the same connection as the room.
      const bell = (lang: 'fr' | 'es', count: number) =>
        page.getByRole('button', { name: (catalogs[lang].proposals as Catalog).notifications.bell.replace('{{count}}', String(count)) });
      const unread = ((await (await context.request.get(`${baseUrl()}/api/notifications/unread-count`)).json()) as { unread: number })
        .unread;
      await bell('fr', unread).waitFor();
      const proposal = await post(participant.context(), '/api/proposals', { title: `Jumelage scolaire ${stamp}`, body: 'Un texte.' });
      await post(participant.context(), `/api/proposals/${proposal.id}/coauthors`, { kind: 'person', email });
      await bell('fr', unread + 1).waitFor();
      expect(handshakes).toHaveLength(1);
      expect(open.size).toBe(1);

      // Another language: the one connection is opened again with it, and the room is read in it.
      await page.locator('#language-switcher').selectOption('es');
      await page
        .getByTestId('room-translation-note')
        .getByText(tr('es').rooms.on.replace('{{language}}', tr('es').languages.es))
        .waitFor();
      await page.getByText(es.connection.online, { exact: true }).waitFor();
      const said = `Nos écoles cherchent des partenaires à Medellín (${stamp}l)`;
      await participant.getByRole('textbox', { name: fr.composer.label }).fill(said);
      await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
      await message(page, `${stamp}l`).getByText(tr('es').machineTranslatedFrom.fr).waitFor();
      // One handshake per language: the first connection was closed, not kept beside the new one.
      expect(handshakes).toHaveLength(2);
      await bell('es', unread + 1).waitFor();
    } finally {
      await context.close();
    }
  });
});
