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
import { AccountabilityRepository } from '../accountability/accountability.repository';
import { suppressSmallCells } from '../dashboard/k-anonymity';
import { readingOrder, sectionCodes } from '../plan/plan-content';
import type { PlanEntity } from '../plan/plan.entity';
import { SummaryFiguresRepository } from './summary-figures.repository';

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
  const repo = new SummaryFiguresRepository(manager);
  const sources = await repo.contributionsBySource(year);
  const people = await repo.people(year);
  const counts = await repo.counts(year);
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
  const repo = new SummaryFiguresRepository(manager);
  const shaped = await repo.linesAndActions(plan.id);
  const codes = sectionCodes(shaped);
  const ordered = readingOrder(shaped);
  const actionIds = ordered.filter((s) => s.kind === 'action').map((s) => s.id);
  // One after the other: inside a transaction they share one connection.
  const tracking = await repo.tracking(actionIds);
  const indicators = await repo.indicators(plan.id, actionIds);
  // The latest measurement of each indicator up to the end of the year.
  const measurements = await repo.latestMeasurements(plan.id, year);
  // Actions begin with the plan's period: a year before it has nothing done or spent, whatever the tracking says now.
  const begun = year >= plan.periodStart;
  const trackingById = new Map(tracking.map((t) => [t.action_id, t]));
  const latestById = new Map(measurements.map((m) => [m.indicator_id, m]));

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
        budget: (t?.budget_lines ?? []).map((b) => ({
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
  const items: SummaryIndicator[] = indicators.map((i) => {
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
  const repo = new SummaryFiguresRepository(manager);
  const rows = await repo.partnersSigned(year);
  const networks = await repo.networks();
  const perRegion = await new AccountabilityRepository(manager).partnersPerRegion();
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
