// The monitoring page's indicator charts as a resident reads them, at 1280 and 390 px in two languages:
// points run in date order (the baseline among them), counts have whole ticks ("2 documents", never
// "1.7 documents"), the target's label sits inside the chart below the text above it, and the plan's
// heading names its period once ("... 2026-2030", not "... 2026-2030 (2026–2030)").
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

const DEMO_PLAN_SLUG = 'plan-internationalisation-metropolitain';

interface Indicator {
  name: Record<string, string>;
  kind: string;
  targetValue: number | null;
  baselineValue: number | null;
  baselineDate: string | null;
  measurements: { value: number | null }[];
}

/** What the user sees of each drawn chart: its title, value ticks, date ticks, and where the target and the text above are. */
function readCharts(page: Page) {
  return page.locator('section[aria-labelledby="indicators"] article').evaluateAll((articles) =>
    articles
      .filter((a) => a.querySelector('.recharts-surface'))
      .map((a) => {
        const texts = (selector: string) => [...a.querySelectorAll(selector)].map((t) => (t.textContent ?? '').trim());
        const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
        const yTicks = [...a.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => {
          const r = t.getBoundingClientRect();
          return (r.top + r.bottom) / 2;
        });
        return {
          title: a.querySelector('h3')?.textContent ?? '',
          yTicks: texts('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
          topTick: Math.min(...yTicks),
          xTicks: texts('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
          summary: box(a.querySelector('.recharts-responsive-container')?.closest('[aria-hidden="true"]')?.previousElementSibling ?? null),
          targetLabel: box(a.querySelector('text.recharts-label')),
          targetLine: box(a.querySelector('.recharts-reference-line-line')),
        };
      }),
  );
}

describe('monitoring charts read as a resident reads them', () => {
  let browser: Browser;
  let indicators: Indicator[];
  let plan: { slug: string; title: Record<string, string>; periodStart: number; periodEnd: number };

  beforeAll(async () => {
    browser = await launchBrowser();
    // The demo plan, by its slug: other e2e files publish plans of their own to the shared app.
    const monitoring = await (await fetch(`${baseUrl()}/api/accountability/plans/${DEMO_PLAN_SLUG}`)).json();
    indicators = monitoring.indicators;
    plan = monitoring.plan;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    [1280, 'ca'],
    [390, 'fr'],
  ] as const)(
    'at %i px in %s: dates in order, whole ticks for counts, the target label clear of the text, the period said once',
    async (width, lang) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: lang });
      try {
        const page = await context.newPage();
        // This plan's page (other e2e files add plans of their own to the shared app).
        await page.goto(`${baseUrl()}/monitoring?plan=${plan.slug}`);
        await page.locator('#language-switcher').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        const heading = page.locator('h2#overview');
        await heading.waitFor();
        const title = (await heading.textContent()) ?? '';
        for (const year of [plan.periodStart, plan.periodEnd])
          expect({ title, year, times: title.split(String(year)).length - 1 }).toEqual({ title, year, times: 1 });

        const drawn = indicators.filter(
          (i) => i.kind === 'quantitative' && (i.baselineValue !== null || i.measurements.some((m) => m.value !== null)),
        );
        expect(drawn.length).toBeGreaterThan(2);
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll(
              'section[aria-labelledby="indicators"] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
            ).length >=
            n * 2,
          drawn.length,
        );
        await screenshot(page, `monitoring-charts-${width}-${lang}`);
        const charts = await readCharts(page);
        expect(charts).toHaveLength(drawn.length);
        for (const chart of charts) {
          const indicator = drawn.find((i) => Object.values(i.name).includes(chart.title));
          const where = `${chart.title} (${width} px, ${lang})`;
          expect({ where, xTicks: chart.xTicks }).toEqual({ where, xTicks: [...chart.xTicks].sort() });
          if (indicator && [indicator.targetValue, indicator.baselineValue].every((v) => v === null || Number.isInteger(v))) {
            const fractions = chart.yTicks.filter((t) => /[.,]\d/.test(t));
            expect({ where, fractions }).toEqual({ where, fractions: [] });
          }
          expect({ where, target: Boolean(chart.targetLabel && chart.targetLine && chart.summary) }).toEqual({
            where,
            target: indicator?.targetValue !== null,
          });
          if (chart.targetLabel && chart.targetLine && chart.summary) {
            // Below the text above the chart, and the line clearly under the top of the value axis (room for its label).
            expect({ where, labelTop: chart.targetLabel.top >= chart.summary.bottom }).toEqual({ where, labelTop: true });
            expect({ where, lineBelowTop: chart.targetLine.top > chart.topTick + 8 }).toEqual({ where, lineBelowTop: true });
          }
        }
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
