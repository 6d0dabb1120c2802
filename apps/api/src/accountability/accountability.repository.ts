import type { EntityManager } from 'typeorm';
import type { Measurement, PartnerRegion } from '@polyphony/contracts';

/**
 * Every measurement of a plan's ($1) indicators, in date order, grouped per indicator and shaped for the
 * response by PostgreSQL (json_agg): 72 rows instead of hydrating thousands of entities.
 */
export const MEASUREMENTS_BY_INDICATOR_SQL = `SELECT m.indicator_id AS "indicatorId",
              json_agg(json_build_object('id', m.id, 'measuredOn', m.measured_on, 'value', m.value, 'assessment', m.assessment,
                                         'rating', m.rating, 'source', m.source, 'note', m.note)
                       ORDER BY m.measured_on, m.created_at) AS list
         FROM indicator_measurements m JOIN plan_indicators i ON i.id = m.indicator_id
        WHERE i.plan_id = $1
        GROUP BY m.indicator_id`;

/** The accountability SQL that TypeORM's repositories do not express: measurements shaped in SQL, partners per region, links' checks. */
export class AccountabilityRepository {
  constructor(private readonly manager: EntityManager) {}

  async measurementsByIndicator(planId: string): Promise<Map<string, Measurement[]>> {
    const rows: { indicatorId: string; list: Measurement[] }[] = await this.manager.query(MEASUREMENTS_BY_INDICATOR_SQL, [planId]);
    return new Map(rows.map((r) => [r.indicatorId, r.list]));
  }

  /**
   * Partner territories per region, for the regions that have any, in the taxonomy's order (a region
   * outside the taxonomy, which removal refuses while in use, would come last).
   */
  async partnersPerRegion(): Promise<Record<PartnerRegion, number>> {
    const rows: { region: string; n: number }[] = await this.manager.query(
      `SELECT p.region, count(*)::int AS n
       FROM partner_territories p LEFT JOIN taxonomy_entries t ON t.kind = 'region' AND t.key = p.region
      GROUP BY p.region, t.position ORDER BY t.position NULLS LAST, p.region`,
    );
    return Object.fromEntries(rows.map((r) => [r.region, r.n]));
  }

  /** Which of these ids are live actions of the plan. */
  async liveActions(planId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM plan_sections WHERE id = ANY($1::uuid[]) AND plan_id = $2 AND kind = 'action' AND deleted_at IS NULL`,
      [ids, planId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of these ids are live indicators of the plan. */
  async liveIndicators(planId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM plan_indicators WHERE id = ANY($1::uuid[]) AND plan_id = $2 AND deleted_at IS NULL`,
      [ids, planId],
    );
    return new Set(rows.map((r) => r.id));
  }
}
