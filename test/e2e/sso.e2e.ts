import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the same real OpenID provider as the API's integration tests
import { startOidcProvider, type TestOidcProvider } from '../../apps/api/test-support/oidc';
import { launchBrowser, screenshot } from './support/browser';

type Catalog = Record<string, any>;
const ca = catalogs.ca.accounts as Catalog;
const caSettings = catalogs.ca.settings as Catalog;
const caWeb = catalogs.ca.web as Catalog;

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });

/**
 * A staff member signs in through OpenID Connect. This file starts its own instance (built app,
 * empty database, DEMO_DATA=false) configured with a real provider started here (oidc-provider).
 */
describe('single sign-on with OpenID Connect in Chromium', () => {
  let browser: Browser;
  let provider: TestOidcProvider;
  let app: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${base}/api/auth/oidc/callback`);
    const dataDir = mkdtempSync(join(tmpdir(), 'polyphony-sso-'));
    const log = openSync(join(dataDir, 'app.log'), 'a');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      ADMIN_PASSWORD: 'sso-admin-password',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: base,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_LABEL: 'Ajuntament (personal)',
    };
    delete env.DATABASE_URL;
    app = spawn(process.execPath, [resolve(__dirname, '../../apps/api/dist/main.js')], {
      cwd: resolve(__dirname, '../..'),
      env,
      stdio: ['ignore', log, log],
    });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (app.exitCode !== null) throw new Error(`the SSO instance exited (${app.exitCode}); see ${join(dataDir, 'app.log')}`);
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app.once('exit', r));
      app.kill('SIGTERM');
      await exited;
    }
    await provider?.close();
  });

  it('leaves for the city’s identity provider and comes back signed in, with a verified account', async () => {
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    const button = page.getByRole('link', { name: ca.sso.button.replace('{{label}}', 'Ajuntament (personal)') });
    await button.waitFor();
    await screenshot(page, 'sso-01-login-1280-ca');
    await button.click();
    await page.getByRole('heading', { name: 'City identity provider' }).waitFor();
    await page.getByLabel('Staff e-mail').fill('jordi.casals@ajuntament.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === base && url.pathname === '/');
    // First sign-in: the account skipped registration, so it completes its profile and consents now.
    const dialog = page.getByRole('dialog', { name: caSettings.consent.firstTitle });
    await dialog.waitFor();
    await screenshot(page, 'sso-02-first-consent-1280-ca');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'sso-02-first-consent-390-ca');
    const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByLabel(new RegExp(`^${caWeb.fields.category}`)).selectOption('public_institution');
    await dialog.getByRole('button', { name: caSettings.consent.firstAccept }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Jordi Casals', exact: true }).waitFor();
    const me = await (await context.request.get(`${base}/api/me`)).json();
    expect(me).toMatchObject({
      email: 'jordi.casals@ajuntament.example',
      emailVerified: true,
      preferredLanguage: 'ca',
      category: 'public_institution',
    });
    expect(await (await context.request.get(`${base}/api/consent`)).json()).toMatchObject({ required: false });
    await screenshot(page, 'sso-03-signed-in-1280-ca');
    await context.close();
  });

  it('a forged return from the provider signs nobody in and says so', async () => {
    const context = await browser.newContext({ locale: 'ca-ES', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/api/auth/oidc/callback?code=forged&state=forged`);
    await page.getByRole('alert').filter({ hasText: ca.sso.failed }).waitFor();
    expect((await context.request.get(`${base}/api/me`)).status()).toBe(401);
    await screenshot(page, 'sso-04-failed-390-ca');
    await context.close();
  });
});
