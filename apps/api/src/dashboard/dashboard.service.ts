import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  PUBLIC_MIN_CELL,
  STAKEHOLDER_CATEGORIES,
  UNDER_REPRESENTED_RATIO,
  type CategoryBalance,
  type CountryBalance,
  type Dashboard,
  type Quotas,
  type WeekPoint,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ConsultationsService } from '../consultations/consultations.service';
import type { UserEntity } from '../users/user.entity';
import { DashboardPolicy } from './dashboard.policy';
import { suppressSmallCells } from './k-anonymity';
import { DashboardRepository, type BalanceRow as Row } from './dashboard.repository';

/** Bits of GROUPING(category, country, origin, week): a set of 1 means "not grouped by". */
const SET = { category: 0b0111, country: 0b1011, origin: 0b0101, week: 0b0110, total: 0b1111 } as const;

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
  ) {}

  async forConsultation(idOrSlug: string, user?: UserEntity): Promise<Dashboard> {
    const { consultation, isFacilitator } = await this.consultations.assertCanSeeData(idOrSlug, user);
    if (!DashboardPolicy.canSeeConsultation(user, isFacilitator)) throw AppError.forbidden();
    const rows = await new DashboardRepository(this.db.manager).perConsultation(consultation.id);
    return build(rows, { scope: 'consultation', consultationId: consultation.id, quotas: consultation.quotas, public: false });
  }

  async publicBalance(idOrSlug: string, user?: UserEntity): Promise<Dashboard> {
    const { consultation } = await this.consultations.findForUser(idOrSlug, user);
    const rows = await new DashboardRepository(this.db.manager).perConsultation(consultation.id);
    return build(rows, { scope: 'consultation', consultationId: consultation.id, quotas: consultation.quotas, public: true });
  }

  async overall(user?: UserEntity): Promise<Dashboard> {
    if (!user) throw AppError.unauthenticated();
    if (!DashboardPolicy.canSeeOverall(user)) throw AppError.forbidden();
    const rows = await new DashboardRepository(this.db.manager).overall();
    return build(rows, { scope: 'overall', consultationId: null, quotas: {}, public: false });
  }
}

interface BuildOptions {
  scope: Dashboard['scope'];
  consultationId: string | null;
  quotas: Quotas;
  public: boolean;
}

function build(rows: Row[], options: BuildOptions): Dashboard {
  const k = PUBLIC_MIN_CELL;
  const of = (set: number) => rows.filter((r) => r.set === set);
  const total = of(SET.total)[0] ?? { participants: 0, contributions: 0 };
  const totalHidden = options.public && total.participants < k;
  const share = (n: number) => (total.participants ? Math.round((1000 * n) / total.participants) / 10 : 0);

  const byCategory = new Map(of(SET.category).map((r) => [r.category!, r]));
  let categories: CategoryBalance[] = STAKEHOLDER_CATEGORIES.filter((c) => byCategory.has(c) || (options.quotas[c] ?? 0) > 0).map(
    (category) => {
      const r = byCategory.get(category);
      const participants = r?.participants ?? 0;
      const target = options.quotas[category] ?? null;
      return {
        category,
        participants,
        contributions: r?.contributions ?? 0,
        share: share(participants),
        target,
        underRepresented: target !== null && target > 0 && share(participants) < target * UNDER_REPRESENTED_RATIO,
      };
    },
  );
  let countries: CountryBalance[] = of(SET.country)
    .map((r) => ({ country: r.country, participants: r.participants, contributions: r.contributions }))
    .sort((a, b) => b.participants! - a.participants!);
  const diasporaRows = of(SET.origin).filter((r) => r.category === 'diaspora');
  let origins: { origin: string | null; participants: number | null }[] = diasporaRows
    .map((r) => ({ origin: r.origin, participants: r.participants }))
    .sort((a, b) => b.participants! - a.participants!);
  const weekly = weeklySeries(of(SET.week), options.public);

  if (options.public) {
    // Categories with no participant but a target are kept: they show a gap, not a person.
    const present = categories.filter((c) => c.participants! > 0);
    const hiddenCategories = new Set(
      suppressSmallCells(present, k, (c) => ({ ...c, participants: null }))
        .filter((c) => c.participants === null)
        .map((c) => c.category),
    );
    // A hidden cell's quota status would hint at its size: it is hidden too.
    categories = categories.map((c) =>
      hiddenCategories.has(c.category) ? { ...c, participants: null, contributions: null, share: null, underRepresented: null } : c,
    );
    countries = suppressSmallCells(countries, k, (c) => ({ ...c, participants: null, contributions: null }));
    origins = suppressSmallCells(origins, k, (o) => ({ ...o, participants: null }));
  }
  const diasporaTotal = byCategory.get('diaspora')?.participants ?? 0;
  return {
    scope: options.scope,
    consultationId: options.consultationId,
    public: options.public,
    minCell: k,
    totals: totalHidden
      ? { participants: null, contributions: null }
      : { participants: total.participants, contributions: total.contributions },
    categories: totalHidden
      ? categories.map((c) => ({ ...c, participants: null, contributions: null, share: null, underRepresented: null }))
      : categories,
    countries: totalHidden ? [] : countries,
    diaspora: {
      participants: options.public && diasporaTotal < k ? null : diasporaTotal,
      origins: totalHidden || (options.public && diasporaTotal < k) ? [] : origins,
    },
    weekly: totalHidden ? [] : weekly,
    generatedAt: new Date().toISOString(),
  };
}

/** New and cumulative participants per week, every week from the first to the last (gaps filled). */
function weeklySeries(rows: Row[], isPublic: boolean): WeekPoint[] {
  const byWeek = new Map<string, Row[]>();
  for (const r of rows) byWeek.set(r.week!, [...(byWeek.get(r.week!) ?? []), r]);
  const weeks = [...byWeek.keys()].sort();
  if (!weeks.length) return [];
  const out: WeekPoint[] = [];
  let cumulative = 0;
  const last = new Date(`${weeks[weeks.length - 1]}T00:00:00Z`);
  for (let d = new Date(`${weeks[0]}T00:00:00Z`); d <= last && out.length < 260; d = new Date(d.getTime() + 7 * 86400000)) {
    const week = d.toISOString().slice(0, 10);
    const points = byWeek.get(week) ?? [];
    const added = points.reduce((sum, r) => sum + r.participants, 0);
    cumulative += added;
    out.push({
      week,
      newParticipants: isPublic && added < PUBLIC_MIN_CELL ? null : added,
      cumulative: isPublic && cumulative < PUBLIC_MIN_CELL ? null : cumulative,
      byCategory: isPublic ? {} : Object.fromEntries(points.map((r) => [r.category!, r.participants])),
    });
  }
  return out;
}
