import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser, screenshot } from './support/browser';
import { CuttableProxy } from './support/cuttable-proxy';

type Catalog = Record<string, any>;
const fr = catalogs.fr.rooms as Catalog;
const es = catalogs.es.rooms as Catalog;
const ca = catalogs.ca.rooms as Catalog;

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

/** The message article whose text contains `text`. */
const message = (page: Page, text: string): Locator => page.locator('article.room-message', { hasText: text });

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

    const hello = `Bonjour, je viens de Medellín (${stamp})`;
    await participant.getByRole('textbox', { name: fr.composer.label }).fill(hello);
    await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
    await message(facilitator, hello).waitFor();

    const idea = `Propuesta: un fondo para proyectos co-diseñados con las diásporas (${stamp})`;
    await facilitator.getByRole('textbox', { name: es.composer.label }).fill(idea);
    await facilitator.getByRole('button', { name: es.composer.send }).click();
    await message(participant, idea).waitFor();

    const offTopic = `Quelqu'un sait à quelle heure ferme la piscine ? (${stamp})`;
    await participant.getByRole('textbox', { name: fr.composer.label }).fill(offTopic);
    await participant.getByRole('textbox', { name: fr.composer.label }).press('Enter');
    await message(facilitator, offTopic).waitFor();
    await screenshot(participant, 'rooms-live-fr');

    // Hide, with a reason: it disappears for everyone at once.
    await message(facilitator, offTopic)
      .getByRole('button', { name: es.facilitation.menu.replace('{{name}}', newcomer) })
      .click();
    await facilitator.getByRole('menuitem', { name: es.facilitation.hide }).click();
    await facilitator.getByLabel(es.hide.reason).fill('Fuera de tema');
    await facilitator.getByRole('button', { name: es.hide.confirm }).click();
    await message(participant, offTopic).waitFor({ state: 'detached' });
    await participant.getByText(fr.message.hidden.replace('{{reason}}', 'Fuera de tema')).waitFor();
    await message(facilitator, offTopic).waitFor({ state: 'detached' });

    // A key point, shown to both.
    await message(facilitator, hello)
      .getByRole('button', { name: es.facilitation.menu.replace('{{name}}', newcomer) })
      .click();
    await facilitator.getByRole('menuitem', { name: es.facilitation.markKeyPoint }).click();
    await message(participant, hello).getByText(fr.message.keyPoint).waitFor();
    await message(facilitator, hello).getByText(es.message.keyPoint).waitFor();
    await screenshot(facilitator, 'rooms-facilitator-es');
    await screenshot(participant, 'rooms-participant-fr');

    // Keyboard: from the list, arrow keys move between messages.
    await participant.locator('[role="feed"]').focus();
    await participant.keyboard.press('End');
    await participant.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE', undefined, { timeout: 5000 });
    await participant.keyboard.press('ArrowUp');
    await participant.waitForFunction(
      () => document.activeElement?.tagName === 'ARTICLE' && document.activeElement.textContent?.includes('Propuesta'),
      undefined,
      { timeout: 5000 },
    );
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
      const typed = `Escrit sense connexió, enviat en tornar (${stamp})`;
      await page.getByRole('textbox', { name: ca.composer.label }).fill(typed);
      await page.getByRole('textbox', { name: ca.composer.label }).press('Enter');
      await page.getByText(ca.outbox.sending).waitFor();
      await page.getByText(ca.connection.pending.replace('{{count}}', '1'), { exact: false }).waitFor();
      await screenshot(page, 'rooms-offline-ca');

      await proxy.open();
      await page.getByText(ca.connection.online, { exact: true }).waitFor({ timeout: 20_000 });
      await message(facilitator, typed).waitFor();
      await page.getByText(ca.outbox.sending).waitFor({ state: 'detached' });
      expect(await message(facilitator, typed).count()).toBe(1);
      expect(await message(page, typed).count()).toBe(1);
    } finally {
      await context.close();
      await proxy.cut();
    }
  });
});
