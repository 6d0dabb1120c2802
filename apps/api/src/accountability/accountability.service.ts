import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type Externality,
  type IndicatorStatus,
  type Monitoring,
  type NetworkMembership,
  type Partner,
  type Partnerships,
  type TrackedAction,
  type TrackedIndicator,
  type ActionTrackingInput,
  type MeasurementInput,
  type ExternalityInput,
  type PartnerInput,
  type NetworkInput,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { PlanService } from '../plan/plan.service';
import { PlanPolicy } from '../plan/plan.policy';
import type { PlanIndicator, SectionContent } from '@polyphony/contracts';
import { toExternality, toMeasurement, toPartner } from './accountability.mapper';
import { AccountabilityRepository } from './accountability.repository';
import { ActionTrackingRepository } from './action-tracking.repository';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { AccountabilityPolicy } from './accountability.policy';
import { ClearsMonitoring, MonitoringCache } from './monitoring-cache';
import { actionProgress, expectedValue, indicatorStatus, meanProgress } from './indicator-status';
import { EvaluationsService } from './evaluations.service';
import { carryReviewMarks } from '../official-languages/review-marks';
import { trackingFields } from './tracking-languages';

/** What the monitoring view is built on: the plan's lines, actions and indicators, from the draft or a version. */
interface Structure {
  lines: { id: string; content: SectionContent }[];
  actions: { id: string; parentId: string | null; content: SectionContent }[];
  indicators: (Omit<PlanIndicator, 'source'> & { actionId: string })[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Tracking of actions and indicators, externalities, partners; the public monitoring view. */
@Injectable()
export class AccountabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly evaluations: EvaluationsService,
    private readonly cache: MonitoringCache,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * The monitoring view of a plan the viewer may see. Officials see the working draft (they track the
   * live actions); everyone else sees the structure and titles of the latest published version (the
   * one the plan page shows them), with the tracking of those same actions: section and indicator ids
   * are stable across versions. Whatever the plan's size: the plan and its shown version, then one
   * round of queries in parallel, each keyed on the plan (structure, tracking, measurements,
   * externalities, evaluations). The public view is the same for everyone who is not an official,
   * so it is served from MonitoringCache for a few seconds.
   */
  async monitoring(idOrSlug: string, viewer?: UserEntity): Promise<Monitoring> {
    const readAt = this.cache.generation;
    const plan = await this.plans.findVisible(idOrSlug, viewer);
    const publicView = !PlanPolicy.canSeeDraft(viewer) && !AccountabilityPolicy.canEdit(viewer);
    const repo = new AccountabilityRepository(this.db.manager);
    const version = publicView ? await repo.latestPublicVersion(plan.id) : null;
    const cacheKey = `${plan.id}:${version?.id ?? 'draft'}:${plan.updatedAt.getTime()}`;
    const cached = publicView ? this.cache.get(cacheKey) : undefined;
    if (cached) return cached;
    const [structure, tracking, measurements, externalities, evaluations] = await Promise.all([
      version ? this.versionStructure(version.id) : this.draftStructure(plan.id),
      new ActionTrackingRepository(this.db.manager).ofPlan(plan.id),
      repo.measurementsByIndicator(plan.id),
      repo.externalities(plan.id),
      this.evaluations.published(plan.id, viewer),
    ]);
    const actionIds = structure.actions.map((a) => a.id);
    const liveIndicators = structure.indicators;
    const byIndicator = measurements;
    const trackingById = new Map(tracking.map((t) => [t.actionId, t]));

    const actions: TrackedAction[] = structure.actions.map((s) => {
      const t = trackingById.get(s.id);
      return {
        id: s.id,
        lineId: s.parentId,
        title: s.content.title,
        status: t?.status ?? 'not_started',
        progress: t ? actionProgress(t.progress, t.subActions) : 0,
        responsible: t?.responsible ?? s.content.leadDepartment ?? null,
        subActions: t?.subActions ?? [],
        milestones: t?.milestones ?? [],
        budgetLines: t?.budgetLines ?? [],
        review: t?.review ?? [],
        revision: t?.revision ?? 0,
      };
    });
    const now = today();
    const header = version?.header ?? plan;
    const tracked: TrackedIndicator[] = liveIndicators.map((i) => {
      const ms = byIndicator.get(i.id) ?? [];
      const latest = ms[ms.length - 1];
      const { trajectory, status } = indicatorStatus(i, latest, header);
      return {
        id: i.id,
        actionId: i.actionId,
        kind: i.kind,
        name: i.name,
        unit: i.unit,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        targetValue: i.targetValue,
        targetDate: i.targetDate,
        status,
        expectedNow: i.kind === 'quantitative' ? expectedValue(trajectory, now) : null,
        measurements: ms,
      };
    });
    const active = (a: TrackedAction) => a.status !== 'dropped';
    const lines = structure.lines.map((l) => {
      const own = actions.filter((a) => a.lineId === l.id);
      return { id: l.id, title: l.content.title, progress: meanProgress(own.filter(active).map((a) => a.progress)), actions: own };
    });
    const statusCounts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 } as Record<IndicatorStatus, number>;
    for (const i of tracked) statusCounts[i.status]++;
    const budgetLines = actions.flatMap((a) => a.budgetLines);
    const shown = new Set(actionIds);
    const view: Monitoring = {
      plan: {
        id: plan.id,
        slug: plan.slug,
        title: header.title,
        periodStart: header.periodStart,
        periodEnd: header.periodEnd,
        status: plan.status,
        showing: version ? version.number : 'draft',
        versionName: version?.name ?? null,
      },
      progress: meanProgress(actions.filter(active).map((a) => a.progress)),
      lines,
      indicators: tracked,
      externalities: externalities.filter((e) => !e.actionId || shown.has(e.actionId)).map(toExternality),
      statusCounts,
      budget: { planned: budgetLines.reduce((s, b) => s + b.planned, 0), spent: budgetLines.reduce((s, b) => s + b.spent, 0) },
      evaluations,
      can: { edit: AccountabilityPolicy.canEdit(viewer) },
    };
    if (publicView) this.cache.set(cacheKey, view, readAt);
    return view;
  }

  /** Strategic lines, live actions and their live indicators in the working draft. */
  private async draftStructure(planId: string): Promise<Structure> {
    const repo = new AccountabilityRepository(this.db.manager);
    const [sections, indicators] = await Promise.all([repo.draftLinesAndActions(planId), repo.draftIndicators(planId)]);
    const actions = sections.filter((s) => s.kind === 'action');
    const live = new Set(actions.map((a) => a.id));
    return {
      lines: sections.filter((s) => s.kind === 'strategic_line'),
      actions,
      indicators: indicators.filter((i) => live.has(i.actionId)),
    };
  }

  /** The same as a published version holds them (titles, indicators with their published baselines and targets). */
  private async versionStructure(versionId: string): Promise<Structure> {
    const sections = await this.plans.versionSections(this.db.manager, versionId);
    const actions = sections.filter((s) => s.kind === 'action');
    return {
      lines: sections.filter((s) => s.kind === 'strategic_line'),
      actions,
      indicators: actions.flatMap((a) => a.content.indicators.map((i) => ({ ...i, actionId: a.id }))),
    };
  }

  /** Creates or replaces an action's tracking (a live action only). */
  @ClearsMonitoring()
  async updateAction(actor: UserEntity, actionId: string, body: ActionTrackingInput) {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.db.transaction(async (manager) => {
      const repo = new ActionTrackingRepository(manager);
      const action = await repo.liveAction(actionId);
      if (!action) throw AppError.notFound();
      const current = await repo.lock(actionId);
      // Marks stay only where the server set them and the text is unchanged: an edit or a mark left out is a review.
      const review = carryReviewMarks(current && { fields: trackingFields(current), review: current.review }, {
        fields: trackingFields(body),
        review: body.review,
      });
      const row = { ...body, review, actionId, planId: action.planId, revision: (current?.revision ?? -1) + 1, updatedById: actor.id };
      await repo.save(row);
      return { ...row, progress: actionProgress(body.progress, body.subActions) };
    });
  }

  @ClearsMonitoring()
  async recordMeasurement(actor: UserEntity, indicatorId: string, body: MeasurementInput) {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    const repo = new AccountabilityRepository(this.db.manager);
    const indicator = await repo.liveIndicator(indicatorId);
    if (!indicator) throw AppError.notFound();
    if (indicator.kind === 'quantitative' && body.value === null) throw AppError.validation([{ path: 'value', code: 'required' }]);
    if (indicator.kind === 'qualitative' && (!body.assessment || !Object.values(body.assessment).some((s) => s?.trim())))
      throw AppError.validation([{ path: 'assessment', code: 'required' }]);
    const saved = await repo.insertMeasurement(actor.id, {
      indicatorId,
      measuredOn: body.measuredOn,
      value: indicator.kind === 'quantitative' ? body.value : null,
      assessment: indicator.kind === 'qualitative' ? body.assessment : null,
      rating: indicator.kind === 'qualitative' ? body.rating : null,
      source: body.source,
      note: body.note,
    });
    return toMeasurement(saved);
  }

  @ClearsMonitoring()
  async recordExternality(actor: UserEntity, planId: string, body: ExternalityInput): Promise<Externality> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    const plan = await this.plans.findPlan(planId);
    const repo = new AccountabilityRepository(this.db.manager);
    if (body.actionId && !(await repo.isAction(plan.id, body.actionId)))
      throw AppError.validation([{ path: 'actionId', code: 'invalid_option' }]);
    const e = await repo.insertExternality(actor.id, { ...body, planId: plan.id });
    return toExternality(e);
  }

  async partnerships(viewer?: UserEntity): Promise<Partnerships> {
    const repo = new AccountabilityRepository(this.db.manager);
    const [partners, networks] = await Promise.all([repo.partners(), repo.networks()]);
    const perRegion = await repo.partnersPerRegion();
    return {
      partners: partners.map(toPartner),
      networks: networks.map((n): NetworkMembership => n),
      perRegion,
      can: { edit: AccountabilityPolicy.canEdit(viewer) },
    };
  }

  /** Creates or updates a partner territory, keyed on its slug. */
  async savePartner(actor: UserEntity, body: PartnerInput): Promise<Partner> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.taxonomy.assertKnown({ region: [{ path: 'region', key: body.region }] });
    return toPartner(await new AccountabilityRepository(this.db.manager).savePartner(body));
  }

  async saveNetwork(actor: UserEntity, body: NetworkInput): Promise<NetworkMembership> {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    return new AccountabilityRepository(this.db.manager).saveNetwork(body);
  }
}
