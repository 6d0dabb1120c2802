import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, PlanDiff, PlanVersionSummary, TranslatedText, createVersionRequestSchema } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import type { UserEntity } from '../../users/user.entity';
import type { PlanEntity } from '../plan.entity';
import { PlanPolicy } from '../plan.policy';
import { PlanRepository } from '../plan.repository';
import { PlanService } from '../plan.service';
import { readingOrder, sectionHash } from '../plan-content';
import { toVersionSummary, type RawSection } from '../plan.mapper';
import type { PlanVersionEntity } from './plan-version.entity';
import { diffPlans } from './plan-diff';
import { PlanVersionsRepository } from './plan-versions.repository';
import type { Parsed } from '../../core/errors/zod-validation';

/** Named versions: snapshots, the per-section diff between any two, restore, and publication for review. */
@Injectable()
export class PlanVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
  ) {}

  async list(planIdOrSlug: string, viewer?: UserEntity): Promise<PlanVersionSummary[]> {
    const plan = await this.plans.findVisible(planIdOrSlug, viewer);
    const staff = PlanPolicy.canSeeDraft(viewer);
    return new PlanVersionsRepository(this.db.manager).list(plan.id, staff);
  }

  /** Snapshots the working draft as the next numbered version. */
  async create(actor: UserEntity, planIdOrSlug: string, input: Parsed<typeof createVersionRequestSchema>): Promise<PlanVersionSummary> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const version = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      return this.snapshot(manager, plan, actor.id, input.name, input.note);
    });
    return toVersionSummary({ ...version, createdByName: actor.displayName }, 0);
  }

  async snapshot(
    manager: EntityManager,
    plan: PlanEntity,
    actorId: string | null,
    name: TranslatedText,
    note: string,
    at?: Date,
  ): Promise<PlanVersionEntity> {
    const repo = new PlanVersionsRepository(manager);
    const version = await repo.insertVersion({
      planId: plan.id,
      number: await repo.nextNumber(plan.id),
      name,
      note,
      header: { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, languages: plan.languages },
      createdById: actorId,
      ...(at ? { createdAt: at } : {}),
    });
    const sections = await this.plans.draftSections(manager, plan.id);
    const rows = sections.map((s) => ({
      versionId: version.id,
      sectionId: s.id,
      kind: s.kind,
      parentId: s.parentId,
      position: s.position,
      code: s.code,
      content: s.content,
      html: s.html,
      hash: sectionHash(s),
    }));
    await repo.insertSections(rows);
    return version;
  }

  /**
   * Brings the working draft back to a version: same section ids, so provenance links, annotations
   * and indicator ids stay attached. Sections added since are removed softly (restorable in turn).
   */
  async restore(actor: UserEntity, planIdOrSlug: string, number: number) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      const repo = new PlanVersionsRepository(manager);
      const version = await repo.findByNumber(plan.id, number);
      if (!version) throw AppError.notFound();
      const snapshot = await repo.sections(version.id);
      const current = await repo.lockDraftSections(plan.id);
      const byId = new Map(current.map((s) => [s.id, s]));
      const wanted = new Set(snapshot.map((s) => s.sectionId));
      for (const s of snapshot) {
        const row = byId.get(s.sectionId);
        if (!row) {
          await repo.reinsertSection(actor.id, plan.id, s);
          await this.plans.syncIndicators(manager, { id: s.sectionId, planId: plan.id, kind: s.kind, content: s.content, deletedAt: null });
          continue;
        }
        const same =
          !row.deletedAt &&
          row.parentId === s.parentId &&
          row.position === s.position &&
          JSON.stringify(row.content) === JSON.stringify(s.content);
        if (same) continue;
        await repo.resetSection(actor.id, s, row.revision + 1);
        await this.plans.syncIndicators(manager, { id: row.id, planId: plan.id, kind: s.kind, content: s.content, deletedAt: null });
      }
      const gone = current.filter((s) => !wanted.has(s.id) && !s.deletedAt).map((s) => s.id);
      if (gone.length) await repo.retireSections(actor.id, gone);
      await new PlanRepository(manager).updatePlan(plan.id, {
        title: version.header.title,
        periodStart: version.header.periodStart,
        periodEnd: version.header.periodEnd,
        languages: version.header.languages,
        revision: plan.revision + 1,
      });
    });
    return this.plans.get(planIdOrSlug, actor, 'draft');
  }

  /**
   * Renames a version, per language (its snapshot never changes): the languages given replace the stored
   * ones, an empty text removes that language (at least one stays, checked by the contract).
   */
  async rename(actor: UserEntity, planIdOrSlug: string, number: number, name: TranslatedText): Promise<PlanVersionSummary> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      const repo = new PlanVersionsRepository(manager);
      const version = await repo.findByNumber(plan.id, number);
      if (!version) throw AppError.notFound();
      const cleaned = Object.fromEntries(Object.entries(name).flatMap(([l, v]) => (v?.trim() ? [[l, v.trim()]] : [])));
      await repo.rename(version.id, cleaned);
    });
    return (await this.list(planIdOrSlug, actor)).find((v) => v.number === number)!;
  }

  /** Opens a version to public annotation (closing any other open one), or closes it. */
  async setReview(actor: UserEntity, planIdOrSlug: string, number: number, open: boolean): Promise<PlanVersionSummary> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      const repo = new PlanVersionsRepository(manager);
      const version = await repo.findByNumber(plan.id, number);
      if (!version) throw AppError.notFound();
      if (open) {
        await repo.closeOtherReviews(plan.id, version.id);
        await repo.setReview(version.id, 'open');
        if (plan.status === 'draft') await new PlanRepository(manager).setStatus(plan.id, 'public_review', plan.revision + 1);
      } else {
        if (version.review === 'none') throw new AppError('plan.not_in_review');
        await repo.setReview(version.id, 'closed');
      }
    });
    return (await this.list(planIdOrSlug, actor)).find((v) => v.number === number)!;
  }

  /** Per-section diff between version `from` and version `to` (or the working draft). */
  async diff(planIdOrSlug: string, viewer: UserEntity | undefined, from: number, to: number | 'draft', lang: Language): Promise<PlanDiff> {
    const plan = await this.plans.findVisible(planIdOrSlug, viewer);
    const load = async (which: number | 'draft'): Promise<(RawSection & { hash?: string })[]> => {
      if (which === 'draft') {
        if (!PlanPolicy.canSeeDraft(viewer)) throw AppError.notFound();
        return (await this.plans.draftSections(this.db.manager, plan.id)).map((s) => ({ ...s, hash: sectionHash(s) }));
      }
      const repo = new PlanVersionsRepository(this.db.manager);
      const version = await repo.findByNumber(plan.id, which);
      if (!version || !PlanPolicy.canSeeVersion(viewer, version.review)) throw AppError.notFound();
      const rows = await repo.sections(version.id);
      return readingOrder(
        rows.map((r) => ({
          id: r.sectionId,
          kind: r.kind,
          parentId: r.parentId,
          position: r.position,
          revision: 0,
          code: r.code,
          content: r.content,
          html: {},
          updatedAt: version.createdAt,
          updatedBy: null,
          hash: r.hash,
        })),
      );
    };
    const [a, b] = await Promise.all([load(from), load(to)]);
    const { sections, unchanged } = diffPlans(a, b, lang);
    return { from, to, sections, unchanged };
  }
}
