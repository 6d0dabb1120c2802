// First load: the built app is served compressed (brotli or gzip, whichever the browser accepts),
// hashed files are cached for a year, an unknown asset is a 404 (never the HTML page), and the
// session check, the page's module and the reader's catalogs (their language only) start without
// waiting for the app's own code; another language's catalogs come when the reader switches.
import type { Browser } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
import { baseUrl, launchBrowser } from './support/browser';
import { DEMO_CONSULTATION } from './support/routes';

type Catalog = Record<string, any>;
const localeChunk = (path: string) => /\/assets\/locale-(\w+)-[^/]+\.js$/.exec(path)?.[1];

const get = (path: string, encoding: string) =>
  fetch(`${baseUrl()}${path}`, { headers: { 'Accept-Encoding': encoding, Accept: 'text/html,*/*' } });

describe('first load', () => {
  let entry = '';

  beforeAll(async () => {
    const html = await (await get('/', 'identity')).text();
    entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1];
  });

  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, the plain file otherwise', async () => {
    const br = await get(entry, 'gzip, deflate, br');
    const gz = await get(entry, 'gzip');
    const plain = await get(entry, 'identity');
    const headers = (r: Response) => ({
      status: r.status,
      encoding: r.headers.get('content-encoding'),
      vary: r.headers.get('vary'),
      type: r.headers.get('content-type'),
      cache: r.headers.get('cache-control'),
    });
    const immutable = 'public, max-age=31536000, immutable';
    const type = 'text/javascript; charset=utf-8';
    expect(headers(br)).toEqual({ status: 200, encoding: 'br', vary: 'Accept-Encoding', type, cache: immutable });
    expect(headers(gz)).toEqual({ status: 200, encoding: 'gzip', vary: 'Accept-Encoding', type, cache: immutable });
    expect(headers(plain)).toEqual({ status: 200, encoding: null, vary: 'Accept-Encoding', type, cache: immutable });
    // fetch decodes: the three carry the same script.
    const [a, b, c] = await Promise.all([br.text(), gz.text(), plain.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
  });

  it('revalidates the HTML page on each visit (compressed too)', async () => {
    const page = await get(`/consultations/${DEMO_CONSULTATION}`, 'br');
    expect({ status: page.status, encoding: page.headers.get('content-encoding'), cache: page.headers.get('cache-control') }).toEqual({
      status: 200,
      encoding: 'br',
      cache: 'no-cache',
    });
  });

  it('answers 404 for an unknown asset, not the HTML page', async () => {
    const missing = await get('/assets/ConsultationPage-gone1234.js', 'br');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toContain('text/html');
  });

  it('asks who is signed in and fetches the page module before the app code has arrived', async () => {
    const browser: Browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const started: string[] = [];
      let appArrived = -1;
      page.on('request', (r) => started.push(new URL(r.url()).pathname));
      page.on('requestfinished', (r) => {
        if (/\/assets\/boot-[^/]+\.js$/.test(new URL(r.url()).pathname) && appArrived < 0) appArrived = started.length;
      });
      await page.goto(`${baseUrl()}/consultations/${DEMO_CONSULTATION}`);
      await page.locator('main h1').waitFor();
      const before = started.slice(0, appArrived);
      expect(appArrived).toBeGreaterThan(0);
      expect({
        session: before.includes('/api/me'),
        pageModule: before.some((p) => /\/assets\/ConsultationPage-[^/]+\.js$/.test(p)),
      }).toEqual({ session: true, pageModule: true });
    } finally {
      await browser.close();
    }
  });

  it("loads the reader's catalogs only, with the app code, and another language's when the reader switches", async () => {
    const browser: Browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'es-ES' });
      const page = await context.newPage();
      const started: string[] = [];
      let appArrived = -1;
      page.on('request', (r) => started.push(new URL(r.url()).pathname));
      page.on('requestfinished', (r) => {
        if (/\/assets\/boot-[^/]+\.js$/.test(new URL(r.url()).pathname) && appArrived < 0) appArrived = started.length;
      });
      await page.goto(`${baseUrl()}/consultations/${DEMO_CONSULTATION}`);
      await page.locator('main h1').waitFor();
      const es = catalogs.es.web as Catalog;
      await page.getByRole('contentinfo').getByText(es.footer.license, { exact: true }).waitFor();
      expect({
        locales: started.map(localeChunk).filter(Boolean),
        beforeApp: started.slice(0, appArrived).some((p) => localeChunk(p) === 'es'),
        lang: await page.locator('html').getAttribute('lang'),
      }).toEqual({ locales: ['es'], beforeApp: true, lang: 'es' });

      await page.locator('#language-switcher').selectOption('ca');
      const ca = catalogs.ca.web as Catalog;
      await page.getByRole('contentinfo').getByText(ca.footer.license, { exact: true }).waitFor();
      expect({ locales: started.map(localeChunk).filter(Boolean), lang: await page.locator('html').getAttribute('lang') }).toEqual({
        locales: ['es', 'ca'],
        lang: 'ca',
      });
    } finally {
      await browser.close();
    }
  });
});
