import type { Browser, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { launchBrowser, screenshot, settleAnimations } from './support/browser';
import { startFreshApp, type FreshApp } from './support/fresh-app';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const ca = catalogs.ca.settings as Catalog;
const es = catalogs.es.settings as Catalog;
const caWeb = catalogs.ca.web as Catalog;

const ADMIN = { email: 'admin@girona.example', password: 'a long admin passphrase' };
const NAME = { ca: 'Àrea Metropolitana de Girona', es: 'Área Metropolitana de Girona' };
const LINES = [
  { ca: 'Xarxes de ciutats', es: 'Redes de ciudades' },
  { ca: 'Fons europeus', es: 'Fondos europeos' },
  { ca: 'Cooperació al desenvolupament', es: 'Cooperación al desarrollo' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An exact visible label, with or without the " *" Mantine appends to required fields. */
const labelled = (label: string) => new RegExp(`^${escape(label)}( \\*)?$`);

describe('a city sets Polyphony up from an empty database, in Catalan (issue 14)', () => {
  let app: FreshApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startFreshApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'ca-ES', viewport: { width: 1280, height: 900 } })).newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A form field by its exact visible label (Mantine appends " *" to required ones). */
  const field = (label: string) => page.getByLabel(labelled(label));
  const next = () => page.getByRole('button', { name: ca.wizard.next }).click();

  it('shows visitors a calm "being set up" home, never an error', async () => {
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { level: 1, name: ca.pending.title }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'setup-01-pending-home-ca-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'setup-01-pending-home-ca-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes the first admin who signs in to the wizard, and they complete it in Catalan', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await field(caWeb.fields.email).fill(ADMIN.email);
    await field(caWeb.fields.password).fill(ADMIN.password);
    await page.getByRole('button', { name: caWeb.auth.login.submit }).click();
    // The admin account created at boot speaks the browser's language (Catalan here), not French by default.
    await page.getByRole('heading', { level: 1, name: ca.wizard.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/setup');

    // 1. Two languages only (Catalan by default), the place and its time zone.
    await page.getByRole('checkbox', { name: 'Català' }).check();
    await page.getByRole('checkbox', { name: 'Español' }).check();
    await page.getByRole('checkbox', { name: 'Français' }).uncheck();
    await field(ca.fields.defaultLanguage).selectOption('ca');
    await field(ca.fields.kind).selectOption('metropolis');
    await field(ca.fields.country).selectOption('ES');
    const zone = page.getByRole('combobox', { name: new RegExp(`^${ca.fields.timeZone}`) });
    await zone.click();
    await zone.fill('Atlantic/Can');
    await page.getByRole('option', { name: 'Atlantic/Canary' }).click();
    await screenshot(page, 'setup-02-wizard-place-ca-1280');
    await next();

    // 2. Name and description in both languages, a colour that keeps white text readable.
    await field(ca.fields.name.replace('{{language}}', 'Català')).fill(NAME.ca);
    await field(ca.fields.name.replace('{{language}}', 'Español')).fill(NAME.es);
    await field(ca.fields.description.replace('{{language}}', 'Català')).fill(
      'Vint-i-set municipis que construeixen junts la seva acció internacional.',
    );
    await field(ca.fields.primaryColor).fill('#f5d547');
    await page.getByText(ca.fields.contrastLow.split(' (')[0]).waitFor();
    expect(await page.getByRole('button', { name: ca.wizard.next }).isDisabled()).toBe(true);
    await field(ca.fields.primaryColor).fill('#1d4f73');
    await page.getByText(ca.fields.contrastOk.split(' (')[0]).waitFor();
    await next();

    // 3. Municipalities from a CSV file: a clear message for the line at fault.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel(ca.fields.csv).click()]);
    await chooser.setFiles({
      name: 'municipis.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nom;comarca\nGirona;Gironès\nSalt;Gironès\n;Gironès\nSarrià de Ter;Gironès\n'),
    });
    await page.getByText('Línia 4: el nom és buit.').waitFor();
    expect(await field(ca.fields.municipalities).inputValue()).toBe('Girona\nSalt\nSarrià de Ter');
    await screenshot(page, 'setup-03-wizard-municipalities-ca-1280');
    await next();

    // 4. Three strategic lines, named in both languages.
    for (const [i, line] of LINES.entries()) {
      if (i > 0) await page.getByRole('button', { name: ca.wizard.addLine }).click();
      const group = page.getByRole('group', { name: ca.wizard.lineN.replace('{{n}}', String(i + 1)) });
      await group.getByLabel(labelled(ca.wizard.lineName.replace('{{language}}', 'Català'))).fill(line.ca);
      await group.getByLabel(labelled(ca.wizard.lineName.replace('{{language}}', 'Español'))).fill(line.es);
    }
    await screenshot(page, 'setup-04-wizard-lines-ca-1280');
    await next();
    await page.getByText(ca.wizard.summary.lines.replace('{{count}}', '3')).waitFor();
    await page.getByRole('button', { name: ca.wizard.finish }).click();
    await page.waitForURL(`${app.baseUrl}/`);
  });

  it('the home page shows the territory, in its two languages only, with its lines as data', async () => {
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { level: 2, name: NAME.ca }).waitFor();
    const switcher = page.getByRole('combobox', { name: caWeb.language.label }).first();
    const offered = await switcher.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['es', 'ca']);
    const taxonomy = await (await fetch(`${app.baseUrl}/api/taxonomy`)).json();
    expect(taxonomy.strategic_line.map((l: { label: { ca: string } }) => l.label.ca)).toEqual(LINES.map((l) => l.ca));
    const instance = await (await fetch(`${app.baseUrl}/api/instance`)).json();
    expect(instance.territory).toMatchObject({ timeZone: 'Atlantic/Canary', languages: ['es', 'ca'], defaultLanguage: 'ca' });
    await settleAnimations(page);
    await screenshot(page, 'setup-05-home-ca-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'setup-05-home-ca-390');

    await switcher.selectOption('es');
    await page.getByRole('heading', { level: 2, name: NAME.es }).waitFor();
    await screenshot(page, 'setup-06-home-es-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'setup-06-home-es-1280');
  });

  it('the settings page keeps everything editable afterwards (in Spanish now)', async () => {
    await page.goto(`${app.baseUrl}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: es.settingsPage.title }).waitFor();
    expect(await field(es.fields.name.replace('{{language}}', 'Català')).inputValue()).toBe(NAME.ca);
    await screenshot(page, 'setup-07-settings-es-1280');
    await page.goto(`${app.baseUrl}/admin/taxonomy`);
    await page.getByRole('heading', { level: 1, name: es.taxonomyPage.title }).waitFor();
    await page.getByRole('listitem', { name: LINES[0].es }).waitFor();
    await screenshot(page, 'setup-08-taxonomy-es-1280');
  });
});
