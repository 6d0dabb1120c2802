import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { OfficialLanguagesService } from '../official-languages/official-languages.service';
import { carryReviewMarks, withoutReviewMark } from '../official-languages/review-marks';
import { PlanService } from '../plan/plan.service';
import type { UserEntity } from '../users/user.entity';
import { AccountabilityPolicy } from './accountability.policy';
import { ActionTrackingRepository, type ActionTrackingRow as Tracking } from './action-tracking.repository';
import { actionProgress } from './indicator-status';
import { ClearsMonitoring, MonitoringCache } from './monitoring-cache';
import { trackingFields, withTrackingTexts } from './tracking-languages';

/**
 * "Fill the missing languages by machine translation" for an action's tracking (responsible department,
 * sub-action and milestone titles, budget lines), as for plan sections (plan/languages): the filled texts
 * are stored with a "to review" mark per field and language until an official edits or approves them.
 */
@Injectable()
export class TrackingLanguagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly official: OfficialLanguagesService,
    readonly cache: MonitoringCache,
  ) {}

  @ClearsMonitoring()
  async fill(actor: UserEntity, actionId: string, revision: number) {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    if (!(await this.official.available())) throw new AppError('official_languages.unavailable');
    const read = await this.current(this.db.manager, actionId, revision);
    const plan = await this.plans.findPlan(read.planId);
    // Translate outside the transaction (no row lock held while the engine works), then write if nobody saved since.
    const filled = await this.official.fill(trackingFields(read), plan.languages);
    return this.db.transaction(async (manager) => {
      const now = await this.current(manager, actionId, revision, true);
      const texts = withTrackingTexts(now, filled.texts);
      const review = carryReviewMarks(
        { fields: trackingFields(now), review: now.review },
        { fields: trackingFields(texts), review: now.review },
        filled.marks,
      );
      return this.write(manager, now, { ...texts, review }, actor);
    });
  }

  @ClearsMonitoring()
  async approve(actor: UserEntity, actionId: string, input: { revision: number; field: string; language: Language }) {
    if (!AccountabilityPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.db.transaction(async (manager) => {
      const now = await this.current(manager, actionId, input.revision, true);
      const review = withoutReviewMark(now.review, input.field, input.language);
      if (!review) throw AppError.notFound();
      return this.write(manager, now, { ...now, review }, actor);
    });
  }

  /** The tracking as the monitoring page shows it (a live action not yet tracked: its defaults), at `revision`. */
  private async current(manager: EntityManager, actionId: string, revision: number, lock = false): Promise<Tracking> {
    const repo = new ActionTrackingRepository(manager);
    const action = await repo.liveAction(actionId);
    if (!action) throw AppError.notFound();
    const row = lock ? await repo.lock(actionId) : await repo.find(actionId);
    if ((row?.revision ?? 0) !== revision) throw AppError.conflict('accountability.edit_conflict');
    return (
      row ?? {
        actionId,
        planId: action.planId,
        status: 'not_started',
        progress: 0,
        responsible: action.content.leadDepartment ?? null,
        subActions: [],
        milestones: [],
        budgetLines: [],
        review: [],
        revision: 0,
        updatedById: null,
      }
    );
  }

  private async write(manager: EntityManager, before: Tracking, next: Tracking, actor: UserEntity) {
    const row = { ...next, revision: before.revision + 1, updatedById: actor.id };
    await new ActionTrackingRepository(manager).save(row);
    return { ...row, progress: actionProgress(row.progress, row.subActions) };
  }
}
