import type { EntityManager } from 'typeorm';
import type { StakeholderCategory } from '@polyphony/contracts';
import { participantsSql } from '../contributions/participants-query';

/** One grouping set's row: `set` holds the bits of GROUPING(category, country, origin, week). */
export interface BalanceRow {
  set: number;
  category: StakeholderCategory | null;
  country: string | null;
  origin: string | null;
  week: string | null;
  participants: number;
  contributions: number;
}

/**
 * One scan of the balance aggregate answers every panel (GROUPING SETS). The aggregate has one
 * row per participant and consultation and is kept in step by ContributionsService.
 */
const groupingSql = (source: string) => `
  SELECT GROUPING(category, country, origin, week)::int AS set, category, country, origin, week::text AS week,
         count(*)::int AS participants, coalesce(sum(contributions), 0)::int AS contributions
  FROM ${source} p
  GROUP BY GROUPING SETS ((category), (country), (category, origin), (category, week), ())`;

/** The balance of one consultation ($1). */
export const PER_CONSULTATION_SQL = groupingSql(`(
  SELECT category, country, CASE WHEN category = 'diaspora' THEN origin_territory END AS origin,
         date_trunc('week', first_at AT TIME ZONE 'UTC')::date AS week, contributions
  FROM consultation_participants WHERE consultation_id = $1)`);

/** Across consultations a participant counts once, under their latest category (the shared definition). */
export const OVERALL_SQL = groupingSql(`(
  SELECT category, country, origin, date_trunc('week', first_at AT TIME ZONE 'UTC')::date AS week, contributions
  FROM (${participantsSql({ details: true })}) x)`);

/** The stakeholder balance's SQL: every panel of a dashboard in one statement. */
export class DashboardRepository {
  constructor(private readonly manager: EntityManager) {}

  perConsultation(consultationId: string): Promise<BalanceRow[]> {
    return this.manager.query(PER_CONSULTATION_SQL, [consultationId]);
  }

  overall(): Promise<BalanceRow[]> {
    return this.manager.query(OVERALL_SQL);
  }
}
