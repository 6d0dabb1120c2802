import type { EntityManager } from 'typeorm';
import type { ActionStatus, IndicatorKind, IndicatorStatus, PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';
import { participantsSql } from '../contributions/participants-query';

/** A calendar year as a half-open UTC interval. */
export const yearBounds = (year: number) => [`${year}-01-01T00:00:00Z`, `${year + 1}-01-01T00:00:00Z`] as const;

/**
 * The people who took part in the year ($1, $2), from the stakeholder balance aggregate, counted once
 * under their latest category and once under their latest country (GROUPING SETS: one pass).
 */
export const PEOPLE_SQL = `SELECT CASE WHEN GROUPING(category) = 0 THEN 'category' ELSE 'country' END AS dim, coalesce(category, country) AS value, count(*)::int AS n
       FROM (${participantsSql({ period: true, details: true })}) p
      GROUP BY GROUPING SETS ((category), (country))`;

/** The year's ($1, $2) small counts in one round trip: consultations, interviews, institutions, proposals, rooms, other inputs. */
export const YEAR_COUNTS_SQL = `SELECT
       (SELECT count(*)::int FROM consultations
         WHERE published_at IS NOT NULL AND published_at < $2 AND coalesce(closed_at, archived_at, 'infinity') >= $1) AS consultations,
       (SELECT count(*) FILTER (WHERE kind = 'interview')::int FROM interviews WHERE status = 'held' AND scheduled_at >= $1 AND scheduled_at < $2) AS interviews,
       (SELECT count(*) FILTER (WHERE kind = 'meeting')::int FROM interviews WHERE status = 'held' AND scheduled_at >= $1 AND scheduled_at < $2) AS meetings,
       (SELECT count(DISTINCT coalesce(i.organisation_id::text, lower(trim(i.name))))::int
          FROM interview_invitees i JOIN interviews v ON v.id = i.interview_id
         WHERE v.status = 'held' AND v.scheduled_at >= $1 AND v.scheduled_at < $2 AND i.kind = 'organisation' AND i.attended) AS institutions,
       (SELECT count(*)::int FROM proposals WHERE status <> 'draft' AND hidden_at IS NULL AND submitted_at >= $1 AND submitted_at < $2) AS received,
       (SELECT count(*)::int FROM proposals
         WHERE status IN ('accepted', 'partially_accepted') AND hidden_at IS NULL AND status_changed_at >= $1 AND status_changed_at < $2) AS accepted,
       (SELECT count(*)::int FROM rooms WHERE opened_at >= $1 AND opened_at < $2) AS rooms,
       (SELECT count(*)::int FROM participations WHERE created_at >= $1 AND created_at < $2) AS other_inputs`;

export interface YearCounts {
  consultations: number;
  interviews: number;
  meetings: number;
  institutions: number;
  received: number;
  accepted: number;
  rooms: number;
  other_inputs: number;
}

export interface PlanSectionRow {
  id: string;
  kind: PlanSectionKind;
  parentId: string | null;
  position: number;
  content: SectionContent;
}

export interface TrackingRow {
  action_id: string;
  status: ActionStatus | null;
  progress: number;
  sub_actions: { weight: number; progress: number }[] | null;
  budget_lines: { planned: number; spent: number }[] | null;
}

export interface IndicatorRow {
  id: string;
  action_id: string;
  kind: IndicatorKind;
  name: TranslatedText;
  unit: string | null;
  baseline_value: number | null;
  baseline_date: string | null;
  target_value: number | null;
  target_date: string | null;
}

export interface MeasurementRow {
  indicator_id: string;
  measured_on: string;
  value: number | null;
  rating: IndicatorStatus | null;
}

/** The SQL behind an annual summary's figures: the year's participation, the plan's progress, partnerships. */
export class SummaryFiguresRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The year's visible contributions per source. */
  contributionsBySource(year: number): Promise<{ source: string; n: number }[]> {
    return this.manager.query(
      `SELECT source, count(*)::int AS n FROM contributions WHERE created_at >= $1 AND created_at < $2 AND hidden_at IS NULL GROUP BY source`,
      [...yearBounds(year)],
    );
  }

  people(year: number): Promise<{ dim: 'category' | 'country'; value: string | null; n: number }[]> {
    return this.manager.query(PEOPLE_SQL, [...yearBounds(year)]);
  }

  async counts(year: number): Promise<YearCounts> {
    const [counts] = await this.manager.query(YEAR_COUNTS_SQL, [...yearBounds(year)]);
    return counts;
  }

  /** The plan's live strategic lines and actions. */
  async linesAndActions(planId: string): Promise<PlanSectionRow[]> {
    const rows: { id: string; kind: PlanSectionKind; parent_id: string | null; position: number; content: SectionContent }[] =
      await this.manager.query(
        `SELECT id, kind, parent_id, position, content FROM plan_sections WHERE plan_id = $1 AND deleted_at IS NULL AND kind IN ('strategic_line', 'action')`,
        [planId],
      );
    return rows.map((s) => ({ id: s.id, kind: s.kind, parentId: s.parent_id, position: s.position, content: s.content }));
  }

  tracking(actionIds: string[]): Promise<TrackingRow[]> {
    return this.manager.query(
      `SELECT action_id, status, progress, sub_actions, budget_lines FROM action_tracking WHERE action_id = ANY($1::uuid[])`,
      [actionIds],
    );
  }

  indicators(planId: string, actionIds: string[]): Promise<IndicatorRow[]> {
    return this.manager.query(
      `SELECT id, action_id, kind, name, unit, baseline_value, baseline_date::text, target_value, target_date::text FROM plan_indicators
      WHERE plan_id = $1 AND deleted_at IS NULL AND action_id = ANY($2::uuid[]) ORDER BY position`,
      [planId, actionIds],
    );
  }

  /** The latest measurement of each of the plan's indicators up to the end of the year. */
  latestMeasurements(planId: string, year: number): Promise<MeasurementRow[]> {
    return this.manager.query(
      `SELECT DISTINCT ON (m.indicator_id) m.indicator_id, m.measured_on::text AS measured_on, m.value, m.rating
       FROM indicator_measurements m JOIN plan_indicators i ON i.id = m.indicator_id
      WHERE i.plan_id = $1 AND m.measured_on <= $2::date
      ORDER BY m.indicator_id, m.measured_on DESC, m.created_at DESC`,
      [planId, `${year}-12-31`],
    );
  }

  /** Partner territories per region with the agreements signed during the year. */
  partnersSigned(year: number): Promise<{ region: string; n: number; signed: number }[]> {
    return this.manager.query(
      `SELECT region, count(*)::int AS n,
            coalesce(sum((SELECT count(*) FROM jsonb_array_elements(agreements) a WHERE left(a->>'signedOn', 4) = $1)), 0)::int AS signed
       FROM partner_territories GROUP BY region`,
      [String(year)],
    );
  }

  async networks(): Promise<number> {
    const [{ networks }] = await this.manager.query(`SELECT count(*)::int AS networks FROM network_memberships`);
    return networks;
  }
}
