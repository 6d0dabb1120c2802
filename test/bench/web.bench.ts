// First-load benchmark: the built web app served by the real API (its own process, a fresh
// database with the demo data), opened in Chromium. For the home page, a consultation, a proposal
// and a room, cold (new browser profile, empty cache) and warm (same profile, second visit): bytes
// transferred (encoded, as on the wire) and the time until the page's first heading is visible.
// Chromium's network is shaped like a good mobile connection (so the bytes matter, as for a
// resident on a phone) and also left unshaped (loopback). Medians of RUNS visits. Prints a table,
// then one JSON line {"bench": "web", ...}. Needs `npm run build` (apps/web/dist).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startApp } from './support/bench-app';
import { ROOT, buildApi, fromDist, insertSession, openBenchDatabase } from './support/bench-db';
import { median, round } from './support/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A good 4G connection: 40 ms round trip, 10 Mbit/s down, 5 up. */
const MOBILE = { offline: false, latency: 40, downloadThroughput: (10e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 };
const PROFILES = { mobile: MOBILE, loopback: null } as const;

interface Visit {
  bytes: number;
  requests: number;
  headingMs: number;
  /** Bytes on the wire per URL (path only), largest first. */
  byUrl: [string, number][];
}

/** BENCH_LIST=1 prints each page's first cold visit request by request, to see where the bytes go. */
const LIST = process.env.BENCH_LIST === '1';

async function visit(context: BrowserContext, url: string, network: typeof MOBILE | null): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  let bytes = 0;
  let requests = 0;
  const urls = new Map<string, string>();
  const byUrl: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
    byUrl.push([new URL(urls.get(e.requestId) ?? 'about:blank').pathname, e.encodedDataLength]);
  });
  await page.goto(url, { waitUntil: 'commit' });
  // Polled on every frame: performance.now() is measured from the navigation's start.
  const handle = await page
    .waitForFunction(
      () => {
        const h = document.querySelector('main h1');
        return h && h.textContent?.trim() && h.getBoundingClientRect().height > 0 ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    )
    .catch(async (error: Error) => {
      throw new Error(`${url}: no heading (${error.message}); main says: ${(await page.locator('main').innerText()).slice(0, 200)}`);
    });
  const headingMs = (await handle.jsonValue()) as number;
  // What the page still fetches for its content (a room keeps a socket open: bounded wait).
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.close();
  return { bytes, requests, headingMs, byUrl: byUrl.sort((a, b) => b[1] - a[1]) };
}

async function measure(browser: Browser, url: string, network: typeof MOBILE | null, session?: string) {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    if (session) await context.addCookies([{ name: 'polyphony_sid', value: session, domain: new URL(url).hostname, path: '/' }]);
    cold.push(await visit(context, url, network));
    if (LIST && i === 0) for (const [path, n] of cold[0].byUrl) console.error(`  ${(n / 1024).toFixed(1).padStart(7)} KB  ${path}`);
    warm.push(await visit(context, url, network));
    await context.close();
  }
  const summary = (visits: Visit[]) => ({
    kb: round(median(visits.map((v) => v.bytes)) / 1024),
    requests: median(visits.map((v) => v.requests)),
    headingMs: Math.round(median(visits.map((v) => v.headingMs))),
  });
  return { cold: summary(cold), warm: summary(warm) };
}

async function main() {
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) throw new Error('apps/web/dist is missing: run `npm run build` first.');
  buildApi();
  const db = await openBenchDatabase('web');
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let browser: Browser | undefined;
  try {
    const { createDataSource } = fromDist('core/database/data-source.js');
    const { seedDemoData } = fromDist('demo/seed-demo-data.js');
    const ds = createDataSource(db.url);
    await ds.initialize();
    await seedDemoData(ds, () => undefined);
    const [proposal] = await ds.query(`SELECT id FROM proposals WHERE status <> 'draft' ORDER BY created_at LIMIT 1`);
    const [room] = await ds.query(`SELECT id FROM rooms ORDER BY created_at LIMIT 1`);
    const [consultation] = await ds.query(`SELECT slug FROM consultations ORDER BY created_at LIMIT 1`);
    const [participant] = await ds.query(`SELECT id FROM users WHERE email = 'participant@demo.polyphony.test'`);
    // Rooms are for signed-in people: the room is opened by the demo participant.
    const session = await insertSession(
      { query: (sql: string, params: unknown[]) => ds.query(sql, params) } as unknown as Client,
      participant.id,
    );
    await ds.destroy();
    app = await startApp(db.url, { COOKIE_SECURE: 'false' });
    const base = `http://127.0.0.1:${app.port}`;
    const pages = {
      home: '/',
      consultation: `/consultations/${consultation.slug}`,
      proposal: `/proposals/${proposal.id}`,
      room: `/rooms/${room.id}` /* signed in */,
    };
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const results: Record<string, Record<string, Awaited<ReturnType<typeof measure>>>> = {};
    const rows: string[][] = [];
    for (const [profile, network] of Object.entries(PROFILES)) {
      results[profile] = {};
      for (const [name, path] of Object.entries(pages)) {
        console.error(`${profile} ${name} ${path}`);
        const r = await measure(browser, base + path, network, name === 'room' ? session : undefined);
        results[profile][name] = r;
        rows.push([
          profile,
          name,
          `${r.cold.kb}`,
          `${r.cold.requests}`,
          `${r.cold.headingMs}`,
          `${r.warm.kb}`,
          `${r.warm.requests}`,
          `${r.warm.headingMs}`,
        ]);
      }
    }
    const header = ['network', 'page', 'cold KB', 'cold req', 'cold h1 ms', 'warm KB', 'warm req', 'warm h1 ms'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
    console.log(`Web first load (Chromium, 390 px, medians of ${RUNS} visits; mobile = 10 Mbit/s, 40 ms)`);
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log(JSON.stringify({ bench: 'web', runs: RUNS, results }));
  } finally {
    await browser?.close();
    await app?.stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
