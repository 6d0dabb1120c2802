import { round } from '../util/hash';
import type { RepresentativeStatement, StatementStats } from './opinion-types';

/** Vote tallies of one set of participants on one statement. */
export interface Tally {
  agree: number;
  disagree: number;
  seen: number;
}

/** Polis' one-proportion test against 0.5, with a pseudo-count. */
export function proportionZ(successes: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((successes + 1) / (n + 1) - 0.5);
}

/** Polis' two-proportion z test (each side with a pseudo-count). */
export function twoProportionZ(s1: number, n1: number, s2: number, n2: number): number {
  const p1 = (s1 + 1) / (n1 + 2);
  const p2 = (s2 + 1) / (n2 + 2);
  const pooled = (s1 + s2 + 2) / (n1 + n2 + 4);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / (n1 + 2) + 1 / (n2 + 2)));
  return se === 0 ? 0 : (p1 - p2) / se;
}

export const Z_90 = 1.2816;

export function statementStats(statementId: string, t: Tally): StatementStats {
  return {
    statementId,
    agree: t.agree,
    disagree: t.disagree,
    pass: t.seen - t.agree - t.disagree,
    pAgree: round((t.agree + 1) / (t.seen + 2)),
    pDisagree: round((t.disagree + 1) / (t.seen + 2)),
  };
}

/**
 * How well a statement represents a group against everyone else (Polis "repness"): for agree
 * and disagree, ratio = p(in) / p(out), with z tests of p(in) > 0.5 and p(in) > p(out).
 * The side with the larger ratio * zDifference * p * zProportion is kept.
 */
export function repness(statementId: string, inside: Tally, outside: Tally): RepresentativeStatement {
  const sides = (['agree', 'disagree'] as const).map((direction) => {
    const sIn = inside[direction];
    const sOut = outside[direction];
    const pIn = (sIn + 1) / (inside.seen + 2);
    const pOut = (sOut + 1) / (outside.seen + 2);
    const ratio = pIn / pOut;
    const zProportion = proportionZ(sIn, inside.seen);
    const zDifference = twoProportionZ(sIn, inside.seen, sOut, outside.seen);
    return { direction, ratio, zProportion, zDifference, metric: ratio * zDifference * pIn * zProportion, pIn };
  });
  const best = sides[0].metric >= sides[1].metric ? sides[0] : sides[1];
  return {
    ...statementStats(statementId, inside),
    direction: best.direction,
    ratio: round(best.ratio),
    zProportion: round(best.zProportion),
    zDifference: round(best.zDifference),
    significant: best.zProportion > Z_90 && best.zDifference > Z_90 && best.pIn > 0.5,
  };
}

/** Sort key: Polis orders representative comments by ratio * p * both z values. */
export function repnessMetric(r: RepresentativeStatement): number {
  const p = r.direction === 'agree' ? r.pAgree : r.pDisagree;
  return r.ratio * p * r.zProportion * r.zDifference;
}
