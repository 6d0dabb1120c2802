/**
 * A plan's title followed by its period ("Plan (2026–2030)"), unless the title already names both
 * years ("Plan 2026-2030"), so that the period is never said twice.
 */
export function titleWithPeriod(title: string, start: number, end: number): string {
  const names = (year: number) => new RegExp(`(^|\\D)${year}(\\D|$)`).test(title);
  return names(start) && names(end) ? title : `${title} (${start}–${end})`;
}
