import type { IndicatorStatus } from '@polyphony/contracts';

/** Thresholds on the achieved share of the change expected by now (documented in the contracts too). */
export const ON_TRACK_SHARE = 0.9;
export const AT_RISK_SHARE = 0.6;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export interface Trajectory {
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
}

/** The value expected on `on` on the straight line from baseline to target (clamped to the period). */
export function expectedValue(t: Trajectory, on: string): number | null {
  if (t.baselineValue === null || t.targetValue === null || !t.baselineDate || !t.targetDate) return null;
  const span = day(t.targetDate) - day(t.baselineDate);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (day(on) - day(t.baselineDate)) / span));
  return t.baselineValue + (t.targetValue - t.baselineValue) * share;
}

/**
 * on_track / at_risk / off_track from the latest measurement against the trajectory: the achieved
 * change (latest - baseline) over the change expected at the latest measurement's date.
 * Works for decreasing indicators too (both changes are negative). The target reached is on track;
 * before any change is expected (measurement at the baseline date) anything not going backwards is on track.
 */
export function quantitativeStatus(t: Trajectory, latest: { value: number | null; measuredOn: string } | undefined): IndicatorStatus {
  if (!latest || latest.value === null) return 'no_data';
  const expected = expectedValue(t, latest.measuredOn);
  if (expected === null || t.baselineValue === null || t.targetValue === null) return 'no_data';
  const direction = Math.sign(t.targetValue - t.baselineValue) || 1;
  if ((latest.value - t.targetValue) * direction >= 0) return 'on_track';
  const expectedChange = expected - t.baselineValue;
  const achieved = latest.value - t.baselineValue;
  if (expectedChange === 0) return achieved * direction >= 0 ? 'on_track' : 'off_track';
  const share = achieved / expectedChange;
  return share >= ON_TRACK_SHARE ? 'on_track' : share >= AT_RISK_SHARE ? 'at_risk' : 'off_track';
}

/** The action's progress: the weighted mean of its sub-actions' progress if it has any, else the value set. */
export function actionProgress(progress: number, subActions: { weight: number; progress: number }[]): number {
  const total = subActions.reduce((s, a) => s + a.weight, 0);
  if (!subActions.length || total <= 0) return progress;
  return Math.round(subActions.reduce((s, a) => s + a.weight * a.progress, 0) / total);
}

/** A rounded mean (0 for nothing): progress of a line or a plan from its actions. */
export const meanProgress = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

/**
 * An indicator's trajectory and status from its latest measurement: qualitative ones take the
 * assessment's rating; an undated baseline or target falls back on the plan's period (start of its
 * first year, end of its last). Shared by the monitoring view and the annual summary.
 */
export function indicatorStatus(
  i: Trajectory & { kind: 'quantitative' | 'qualitative' },
  latest: { value: number | null; measuredOn: string; rating?: IndicatorStatus | null } | undefined,
  period: { periodStart: number; periodEnd: number },
): { trajectory: Trajectory; status: IndicatorStatus } {
  const trajectory = {
    ...i,
    baselineDate: i.baselineDate ?? `${period.periodStart}-01-01`,
    targetDate: i.targetDate ?? `${period.periodEnd}-12-31`,
  };
  const status = i.kind === 'qualitative' ? (latest?.rating ?? 'no_data') : quantitativeStatus(trajectory, latest);
  return { trajectory, status };
}
