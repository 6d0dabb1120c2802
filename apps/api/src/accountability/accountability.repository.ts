import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { ExternalityInput, Measurement, NetworkInput, PartnerInput, PartnerRegion } from '@polyphony/contracts';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { PlanVersionEntity } from '../plan/versions/plan-version.entity';
import { ExternalityEntity } from './externality.entity';
import { IndicatorMeasurementEntity } from './indicator-measurement.entity';
import { NetworkMembershipEntity, PartnerEntity } from './partner.entity';

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

/** A measurement of an indicator, as recorded. */
export type NewMeasurement = Pick<
  IndicatorMeasurementEntity,
  'indicatorId' | 'measuredOn' | 'value' | 'assessment' | 'rating' | 'source' | 'note'
>;

/**
 * The accountability SQL besides actions' tracking (action-tracking.repository.ts) and evaluations
 * (evaluations.repository.ts): what the monitoring view is built on, measurements, externalities,
 * partners and networks, links' checks.
 */
export class AccountabilityRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The plan's latest published version (its review open or closed: what the public sees), if any. */
  async latestPublicVersion(planId: string): Promise<PlanVersionEntity | null> {
    return this.manager.getRepository(PlanVersionEntity).findOne({ where: { planId, review: Not('none') }, order: { number: 'DESC' } });
  }

  /** The live strategic lines and actions of the plan's draft, in their order. */
  async draftLinesAndActions(planId: string): Promise<PlanSectionEntity[]> {
    return this.manager
      .getRepository(PlanSectionEntity)
      .find({ where: { planId, kind: In(['strategic_line', 'action']), deletedAt: IsNull() }, order: { position: 'ASC' } });
  }

  /** The live indicators of the plan's draft, in their order. */
  async draftIndicators(planId: string): Promise<PlanIndicatorEntity[]> {
    return this.manager.getRepository(PlanIndicatorEntity).find({ where: { planId, deletedAt: IsNull() }, order: { position: 'ASC' } });
  }

  async liveIndicator(id: string): Promise<PlanIndicatorEntity | null> {
    return this.manager.getRepository(PlanIndicatorEntity).findOneBy({ id, deletedAt: IsNull() });
  }

  async insertMeasurement(actorId: string, measurement: NewMeasurement): Promise<IndicatorMeasurementEntity> {
    const repo = this.manager.getRepository(IndicatorMeasurementEntity);
    return repo.save(repo.create({ ...measurement, recordedById: actorId }));
  }

  /** The plan's externalities, latest observed first. */
  async externalities(planId: string): Promise<ExternalityEntity[]> {
    return this.manager.getRepository(ExternalityEntity).find({ where: { planId }, order: { observedOn: 'DESC' } });
  }

  /** Whether the id is an action of the plan (removed ones included). */
  async isAction(planId: string, actionId: string): Promise<boolean> {
    return this.manager.getRepository(PlanSectionEntity).existsBy({ id: actionId, planId, kind: 'action' });
  }

  async insertExternality(actorId: string, externality: ExternalityInput & { planId: string }): Promise<ExternalityEntity> {
    const repo = this.manager.getRepository(ExternalityEntity);
    return repo.save(repo.create({ ...externality, recordedById: actorId }));
  }

  /** Partner territories by region, priority and name. */
  async partners(): Promise<PartnerEntity[]> {
    return this.manager.getRepository(PartnerEntity).find({ order: { region: 'ASC', priority: 'ASC', name: 'ASC' } });
  }

  /** Networks by name. */
  async networks(): Promise<NetworkMembershipEntity[]> {
    return this.manager.getRepository(NetworkMembershipEntity).find({ order: { name: 'ASC' } });
  }

  /** Creates or updates a partner territory, keyed on its slug; answers it as stored. */
  async savePartner(partner: PartnerInput): Promise<PartnerEntity> {
    const repo = this.manager.getRepository(PartnerEntity);
    await repo.upsert(partner, ['slug']);
    return repo.findOneByOrFail({ slug: partner.slug });
  }

  /** Creates or updates a network membership, keyed on its slug; answers it as stored. */
  async saveNetwork(network: NetworkInput): Promise<NetworkMembershipEntity> {
    const repo = this.manager.getRepository(NetworkMembershipEntity);
    await repo.upsert(network, ['slug']);
    return repo.findOneByOrFail({ slug: network.slug });
  }

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
