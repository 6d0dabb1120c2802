// Layout review: every route at 390 px (a phone) and 1280 px (a laptop), in the four languages, as
// anonymous, participant and official (one file per role, layout-review-<role>.e2e.ts, so that the two
// Jest workers share them). On each: the page never scrolls sideways; at 1280 px the
// main menu holds on one row inside the header; at 390 px the menu button is on screen. One
// screenshot per route and width (the language turns with the route) goes to
// test/e2e/screenshots/layout (git-ignored); LAYOUT_SCREENSHOTS=all takes every combination.
// Pages are opened by client-side navigation and the language is switched with the header's
// switcher, as a user does, so the whole matrix costs a few minutes.
// Accessibility rides on the same walk: at 1280 px, in one language per role, every route has one h1 and
// one main, and axe finds no serious or critical violation (issue 16). This is the one list of
// routes; accessibility.e2e.ts checks the dialogs and the states a walk does not reach.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '@polyphony/contracts';
import { SCREENSHOTS, baseUrl, launchBrowser } from './browser';
import { seriousViolations } from './axe';
import { demoRoutes, routesFor, signInAsNew, type Role } from './routes';

const WIDTHS = [390, 1280] as const;
const DIR = join(SCREENSHOTS, 'layout');
const ALL_SHOTS = process.env.LAYOUT_SCREENSHOTS === 'all';
/** Where axe runs: 1280 px, one language per role (each role in another, so that all but one are audited). */
const AXE_WIDTH = 1280;
const AXE_LANGUAGE: Record<Role, (typeof LANGUAGES)[number]> = { anonymous: 'en', participant: 'es', official: 'ca' };
/**
 * Open defects this review found at 390 px, reported instead of failing until fixed (none at present:
 * wide staff tables now scroll inside their own labelled region). Add a line only with an issue to fix it.
 */
const KNOWN_AT_390: { role: Role; path: RegExp }[] = [];

/**
 * Client-side navigation (react-router listens to popstate): no reload between routes. The router keeps the
 * former page on screen while the next one's code loads, so its heading is no sign of arrival: the next page
 * has arrived once the layout has focused the main area (it does after each navigation) or the former
 * heading is gone.
 */
async function open(page: Page, path: string) {
  const moved = await page.evaluate((to) => {
    if (window.location.pathname === to) return false;
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('main h1')?.setAttribute('data-former-page', '');
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return true;
  }, path);
  if (moved)
    await page.waitForFunction(
      () => document.activeElement?.id === 'main' || !document.querySelector('main h1[data-former-page]'),
      undefined,
      { timeout: 20_000 },
    );
  await settle(page);
}

/** The page's heading (or an alert) is shown and no loader is left in the main area. */
async function settle(page: Page) {
  await page.locator('main h1, main [role="alert"]').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('main .mantine-Loader'), undefined, { timeout: 10_000 }).catch(() => undefined);
}

async function switchLanguage(page: Page, lang: string) {
  await page.locator('#language-switcher').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.waitForTimeout(50);
}

interface Measure {
  overflow: number;
  navRows: number;
  navOverflow: number;
  burgerOffScreen: boolean;
}

/** What a user would notice: sideways scroll, a menu on two rows or past the header, a hidden menu button. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const items = [...document.querySelectorAll('header nav > ul > li')].map((li) => li.getBoundingClientRect());
    const header = document.querySelector('.app-header__main')?.getBoundingClientRect();
    const burger = document.querySelector('header .mantine-Burger-root')?.getBoundingClientRect();
    return {
      overflow: doc.scrollWidth - doc.clientWidth,
      navRows: new Set(items.map((r) => Math.round(r.top))).size,
      navOverflow: header && items.length ? Math.max(0, Math.round(Math.max(...items.map((r) => r.right)) - header.right)) : 0,
      burgerOffScreen: Boolean(burger && burger.right > doc.clientWidth),
    };
  });
}

/** One h1 and one main; no serious or critical axe violation. Each problem as one readable line. */
async function accessibility(page: Page, where: string): Promise<string[]> {
  await settle(page); // what the language switch refetched has arrived
  const { alert, ...counts } = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main').length,
    alert: document.querySelector('main [role="alert"]')?.textContent ?? null,
  }));
  const problems = Object.entries(counts)
    .filter(([, n]) => n !== 1)
    .map(([tag, n]) => `${where}: ${n} <${tag}> elements, not one${alert ? ` (the page says: ${alert})` : ''}`);
  for (const v of await seriousViolations(page))
    problems.push(`${where}: axe ${v.impact} ${v.rule} (${v.help}) at ${v.targets.join(', ')}`);
  return problems;
}

/** The walk as one role: at each width, every route of theirs in the four languages. */
export function reviewLayoutAs(role: Role) {
  describe(`layout review as ${role} (390 and 1280 px, four languages) and axe`, () => {
    let browser: Browser;
    let routes: Awaited<ReturnType<typeof demoRoutes>>;

    beforeAll(async () => {
      mkdirSync(DIR, { recursive: true });
      browser = await launchBrowser();
      const context = await browser.newContext();
      routes = await demoRoutes(context.request);
      await context.close();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(WIDTHS)(
      'at %i px: no sideways scroll, the menu fits (at 1280 px: one h1, axe clean)',
      async (width) => {
        const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR' });
        try {
          if (role !== 'anonymous') await signInAsNew(browser, context, role, 'layout');
          const page = await context.newPage();
          await page.goto(`${baseUrl()}/`);
          await settle(page);
          const problems: string[] = [];
          let axeMs = 0;
          const mine = routesFor(routes, role);
          for (const [i, route] of mine.entries()) {
            await open(page, route.path);
            for (const lang of LANGUAGES) {
              await switchLanguage(page, lang);
              const m = await measure(page);
              const where = `${route.path} ${lang} ${width}px`;
              const known = width === 390 && KNOWN_AT_390.some((k) => k.role === role && k.path.test(route.path));
              if (m.overflow > 0)
                (known ? console.warn : (p: string) => problems.push(p))(`${where}: scrolls sideways by ${m.overflow} px`);
              if (width === 1280 && m.navRows !== 1) problems.push(`${where}: main menu on ${m.navRows} rows`);
              if (width === 1280 && m.navOverflow > 0) problems.push(`${where}: main menu passes the header by ${m.navOverflow} px`);
              if (width === 390 && m.burgerOffScreen) problems.push(`${where}: the menu button is off screen`);
              if (width === AXE_WIDTH && lang === AXE_LANGUAGE[role]) {
                const started = performance.now();
                problems.push(...(await accessibility(page, where)));
                axeMs += performance.now() - started;
              }
              if (ALL_SHOTS || lang === LANGUAGES[i % LANGUAGES.length]) {
                const name = `${role}-${width}-${lang}-${route.path.replace(/[^a-z0-9]+/gi, '_').slice(0, 80) || 'home'}.png`;
                await page.screenshot({ path: join(DIR, name), fullPage: true });
              }
            }
          }
          // What the accessibility checks add to the walk, in CI's log.
          if (axeMs) console.log(`layout review as ${role}: axe on ${mine.length} routes took ${(axeMs / 1000).toFixed(1)} s`);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      },
      900_000,
    );
  });
}
