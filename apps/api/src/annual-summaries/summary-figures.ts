import type { EntityManager } from 'typeorm';
import {
  ACTION_STATUSES,
  CONTRIBUTION_SOURCES,
  INDICATOR_STATUSES,
  PUBLIC_MIN_CELL,
  STAKEHOLDER_CATEGORIES,
  type ActionStatus,
  type IndicatorStatus,
  type StakeholderCategory,
  type SummaryFigures,
  type SummaryIndicator,
  type SummaryKeyFigures,
  type SummaryLine,
} from '@polyphony/contracts';
import { actionProgress, expectedValue, indicatorStatus, meanProgress } from '../accountability/indicator-status';
import { partnersPerRegion } from '../accountability/partner.entity';
import { suppressSmallCells } from '../dashboard/k-anonymity';
import { participantsSql } from '../contributions/participants-query';
import { readingOrder, sectionCodes } from '../plan/plan-content';
import type { PlanEntity } from '../plan/plan.entity';

/** A calendar year as a half-open UTC interval. */
export const yearBounds = (year: number) => [`${year}-01-01T00:00:00Z`, `${year + 1}-01-01T00:00:00Z`] as const;

/** Countries shown one by one; the others are summed in one "other countries" row. */
const TOP_COUNTRIES = 10;

type Participation = SummaryFigures['participation'];

/**
 * Everything that happened during the year, aggregated in SQL, one pass per table: the year's
 * contributions per source and inputs without text; the people who took part, from the stakeholder
 * balance aggregate (one row per participant and consultation, ten times fewer rows than the
 * contributions, kept in step by ContributionsService): a participant counts in the year when their
 * participation in a consultation (first to last input) overlaps it, once across consultations,
 * under their latest category and country; then small counts of consultations, interviews,
 * institutions, proposals and rooms. Small cells are hidden as on the public dashboard (the summary is public).
 */
export async function participationFigures(manager: EntityManager, year: number): Promise<Participation> {
  const [from, to] = yearBounds(year);
  const sources: { source: string; n: number }[] = await manager.query(
    `SELECT source, count(*)::int AS n FROM contributions WHERE created_at >= $1 AND created_at < $2 AND hidden_at IS NULL GROUP BY source`,
    [from, to],
  );
  const people: { dim: 'category' | 'country'; value: string | null; n: number }[] = await manager.query(
    `SELECT CASE WHEN GROUPING(category) = 0 THEN 'category' ELSE 'country' END AS dim, coalesce(category, country) AS value, count(*)::int AS n
       FROM (${participantsSql({ period: true, details: true })}) p
      GROUP BY GROUPING SETS ((category), (country))`,
    [from, to],
  );
  const [counts] = await manager.query(
    `SELECT
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
       (SELECT count(*)::int FROM participations WHERE created_at >= $1 AND created_at < $2) AS other_inputs`,
    [from, to],
  );
  const of = (dim: string) => people.filter((r) => r.dim === dim);
  const bySource = CONTRIBUTION_SOURCES.map((source) => ({
    source,
    contributions: sources.find((r) => r.source === source)?.n ?? 0,
  })).filter((s) => s.contributions > 0);
  const categoryRows = new Map(of('category').map((r) => [r.value as StakeholderCategory, r.n]));
  const participants = [...categoryRows.values()].reduce((a, b) => a + b, 0);
  const k = PUBLIC_MIN_CELL;
  const byCategory = suppressSmallCells(
    STAKEHOLDER_CATEGORIES.filter((c) => categoryRows.has(c)).map((category) => ({
      category,
      participants: categoryRows.get(category)! as number | null,
    })),
    k,
    (c) => ({ ...c, participants: null }),
  );
  const countryRows = of('country')
    .map((r) => ({ country: r.value, participants: r.n as number | null }))
    .sort((a, b) => b.participants! - a.participants! || String(a.country).localeCompare(String(b.country)));
  const visible = suppressSmallCells(countryRows, k, (c) => ({ ...c, participants: null }));
  const shown = visible.filter((c) => c.participants !== null && c.country !== null).slice(0, TOP_COUNTRIES);
  const rest = participants - shown.reduce((a, c) => a + c.participants!, 0);
  const byCountry = [...shown, ...(rest > 0 ? [{ country: null, participants: rest >= k ? rest : null }] : [])];
  return {
    consultations: counts.consultations,
    interviews: counts.interviews,
    meetings: counts.meetings,
    institutions: counts.institutions,
    participants: participants === 0 || participants >= k ? participants : null,
    byCategory: participants >= k ? byCategory : byCategory.map((c) => ({ ...c, participants: null })),
    byCountry: participants >= k ? byCountry : [],
    countries: countryRows.filter((c) => c.country !== null).length,
    contributions: bySource.reduce((a, s) => a + s.contributions, 0),
    bySource,
    otherInputs: counts.other_inputs,
    proposalsReceived: counts.received,
    proposalsAccepted: counts.accepted,
    rooms: counts.rooms,
    minCell: k,
  };
}

/**
 * Where the plan stands: action progress per strategic line (the tracking as it is when the
 * summary is generated: tracking keeps no history; none before the plan's period, when the actions had not
 * begun: nothing progressed or spent, the planned budget shown), indicators against their targets from the
 * latest measurement up to the end of the year, the budget planned and spent.
 */
export async function planFigures(
  manager: EntityManager,
  plan: PlanEntity,
  year: number,
): Promise<Pick<SummaryFigures, 'actions' | 'indicators' | 'budget'>> {
  const sections: { id: string; kind: any; parent_id: string | null; position: number; content: any }[] = await manager.query(
    `SELECT id, kind, parent_id, position, content FROM plan_sections WHERE plan_id = $1 AND deleted_at IS NULL AND kind IN ('strategic_line', 'action')`,
    [plan.id],
  );
  const shaped = sections.map((s) => ({ id: s.id, kind: s.kind, parentId: s.parent_id, position: s.position, content: s.content }));
  const codes = sectionCodes(shaped);
  const ordered = readingOrder(shaped);
  const actionIds = ordered.filter((s) => s.kind === 'action').map((s) => s.id);
  // One after the other: inside a transaction they share one connection.
  const tracking = await manager.query(
    `SELECT action_id, status, progress, sub_actions, budget_lines FROM action_tracking WHERE action_id = ANY($1::uuid[])`,
    [actionIds],
  );
  const indicators = await manager.query(
    `SELECT id, action_id, kind, name, unit, baseline_value, baseline_date::text, target_value, target_date::text FROM plan_indicators
      WHERE plan_id = $1 AND deleted_at IS NULL AND action_id = ANY($2::uuid[]) ORDER BY position`,
    [plan.id, actionIds],
  );
  // The latest measurement of each indicator up to the end of the year.
  const measurements = await manager.query(
    `SELECT DISTINCT ON (m.indicator_id) m.indicator_id, m.measured_on::text AS measured_on, m.value, m.rating
       FROM indicator_measurements m JOIN plan_indicators i ON i.id = m.indicator_id
      WHERE i.plan_id = $1 AND m.measured_on <= $2::date
      ORDER BY m.indicator_id, m.measured_on DESC, m.created_at DESC`,
    [plan.id, `${year}-12-31`],
  );
  // Actions begin with the plan's period: a year before it has nothing done or spent, whatever the tracking says now.
  const begun = year >= plan.periodStart;
  const trackingById = new Map<string, any>(tracking.map((t: any) => [t.action_id, t]));
  const latestById = new Map<string, any>(measurements.map((m: any) => [m.indicator_id, m]));

  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  const actions = ordered
    .filter((s) => s.kind === 'action')
    .map((s) => {
      const t = trackingById.get(s.id);
      const status: ActionStatus = (begun && t?.status) || 'not_started';
      byStatus[status]++;
      return {
        id: s.id,
        lineId: s.parentId,
        status,
        progress: begun && t ? actionProgress(t.progress, t.sub_actions ?? []) : 0,
        budget: ((t?.budget_lines ?? []) as { planned: number; spent: number }[]).map((b) => ({
          planned: b.planned,
          spent: begun ? b.spent : 0,
        })),
      };
    });
  const active = (a: { status: ActionStatus }) => a.status !== 'dropped';
  const lines: SummaryLine[] = ordered
    .filter((s) => s.kind === 'strategic_line')
    .map((l) => {
      const own = actions.filter((a) => a.lineId === l.id);
      return {
        id: l.id,
        code: codes.get(l.id) ?? '',
        title: l.content.title ?? {},
        progress: meanProgress(own.filter(active).map((a) => a.progress)),
        actions: own.length,
        done: own.filter((a) => a.status === 'done').length,
      };
    });

  const statusCounts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  const items: SummaryIndicator[] = indicators.map((i: any) => {
    const latest = latestById.get(i.id);
    const { trajectory, status } = indicatorStatus(
      {
        kind: i.kind,
        baselineValue: i.baseline_value,
        targetValue: i.target_value,
        baselineDate: i.baseline_date,
        targetDate: i.target_date,
      },
      latest ? { value: latest.value, measuredOn: latest.measured_on, rating: latest.rating } : undefined,
      plan,
    );
    statusCounts[status]++;
    return {
      id: i.id,
      actionCode: codes.get(i.action_id) ?? '',
      kind: i.kind,
      name: i.name,
      unit: i.unit,
      baselineValue: i.baseline_value,
      targetValue: i.target_value,
      targetDate: i.target_date,
      latestValue: latest?.value ?? null,
      latestOn: latest?.measured_on ?? null,
      expectedValue: i.kind === 'quantitative' && latest ? expectedValue(trajectory, latest.measured_on) : null,
      status,
    };
  });
  const budgetLines = actions.flatMap((a) => a.budget);
  return {
    actions: { total: actions.length, progress: meanProgress(actions.filter(active).map((a) => a.progress)), byStatus, lines },
    indicators: { statusCounts, items },
    budget: { planned: budgetLines.reduce((s, b) => s + (b.planned ?? 0), 0), spent: budgetLines.reduce((s, b) => s + (b.spent ?? 0), 0) },
  };
}

/** Partner territories per world region, agreements signed during the year, network memberships. */
export async function partnershipFigures(manager: EntityManager, year: number): Promise<SummaryFigures['partnerships']> {
  const rows: { region: string; n: number; signed: number }[] = await manager.query(
    `SELECT region, count(*)::int AS n,
            coalesce(sum((SELECT count(*) FROM jsonb_array_elements(agreements) a WHERE left(a->>'signedOn', 4) = $1)), 0)::int AS signed
       FROM partner_territories GROUP BY region`,
    [String(year)],
  );
  const [{ networks }] = await manager.query(`SELECT count(*)::int AS networks FROM network_memberships`);
  const perRegion = await partnersPerRegion(manager);
  return { partners: rows.reduce((a, r) => a + r.n, 0), perRegion, agreementsSigned: rows.reduce((a, r) => a + r.signed, 0), networks };
}

/** The headline figures of a full snapshot. */
export function keyFigures(
  f: Pick<SummaryFigures, 'participation' | 'actions' | 'indicators' | 'partnerships' | 'budget'>,
): SummaryKeyFigures {
  const p = f.participation;
  return {
    consultations: p.consultations,
    interviews: p.interviews + p.meetings,
    institutions: p.institutions,
    participants: p.participants,
    contributions: p.contributions,
    proposalsReceived: p.proposalsReceived,
    proposalsAccepted: p.proposalsAccepted,
    rooms: p.rooms,
    actionProgress: f.actions.progress,
    indicatorsOnTrack: f.indicators.statusCounts.on_track,
    partners: f.partnerships.partners,
    budgetSpent: f.budget.spent,
  };
}

/**
 * The headline figures of a previous year that has no published summary, computed now: what is
 * dated (participation, indicator measurements) is counted for that year; what keeps no history
 * (action progress, partners, budget) is unknown (null), so no delta is claimed for it.
 */
export async function computedPreviousKey(manager: EntityManager, plan: PlanEntity, year: number): Promise<SummaryKeyFigures> {
  const p = await participationFigures(manager, year);
  const planned = await planFigures(manager, plan, year);
  return {
    ...keyFigures({
      participation: p,
      actions: planned.actions,
      indicators: planned.indicators,
      partnerships: { partners: 0, perRegion: {} as never, agreementsSigned: 0, networks: 0 },
      budget: planned.budget,
    }),
    actionProgress: null,
    partners: null,
    budgetSpent: null,
  };
}
