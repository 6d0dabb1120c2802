const DAY = 86_400_000;

/**
 * The demo's one story, anchored on the day it is seeded (every demo date derives from this, never
 * from fixed years): the plan runs five calendar years from this one, its actions began on 1 January;
 * last year was the year of preparation (baselines at its last day), summed up in a summary published
 * on 20 January of this year with figures taken that day; the consultation that accompanies the plan
 * is in its consultation phase now, and its monitoring phase ends with the plan.
 */
export function demoTimeline(now = new Date()) {
  const year = now.getUTCFullYear();
  const planStart = year;
  const planEnd = year + 4;
  const published = new Date(Math.min(Date.UTC(year, 0, 20, 10), now.getTime()));
  return {
    year,
    planStart,
    planEnd,
    /** "2026-2030": what the plan's and the consultation's titles say. */
    period: `${planStart}-${planEnd}`,
    baselineDate: `${planStart - 1}-12-31`,
    targetDate: `${planEnd}-12-31`,
    midTermReview: `${planStart + 2}-06-30`,
    /** Last year's summary: published, and its figures taken, on this day. */
    lastSummaryPublishedAt: published,
    /** Days from `now` to the plan's last day (the end of the consultation's monitoring phase). */
    daysToPlanEnd: Math.floor((Date.UTC(planEnd, 11, 31) - Date.UTC(year, now.getUTCMonth(), now.getUTCDate())) / DAY),
  };
}
