import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language, PlanDiff, PlanVersionSummary, TranslatedText, createVersionRequestSchema } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import type { UserEntity } from '../../users/user.entity';
import { PlanEntity } from '../plan.entity';
import { PlanSectionEntity } from '../plan-section.entity';
import { PlanPolicy } from '../plan.policy';
import { PlanService } from '../plan.service';
import { readingOrder, sectionHash } from '../plan-content';
import { toVersionSummary, type RawSection } from '../plan.mapper';
import { PlanVersionEntity, PlanVersionSectionEntity } from './plan-version.entity';
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
    const version = await manager.getRepository(PlanVersionEntity).save({
      planId: plan.id,
      number: await new PlanVersionsRepository(manager).nextNumber(plan.id),
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
    for (let i = 0; i < rows.length; i += 500) await manager.getRepository(PlanVersionSectionEntity).insert(rows.slice(i, i + 500));
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
      const version = await manager.getRepository(PlanVersionEntity).findOneBy({ planId: plan.id, number });
      if (!version) throw AppError.notFound();
      const snapshot = await manager.getRepository(PlanVersionSectionEntity).findBy({ versionId: version.id });
      const current = await manager
        .getRepository(PlanSectionEntity)
        .find({ where: { planId: plan.id }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(current.map((s) => [s.id, s]));
      const wanted = new Set(snapshot.map((s) => s.sectionId));
      for (const s of snapshot) {
        const row = byId.get(s.sectionId);
        if (!row) {
          await manager.getRepository(PlanSectionEntity).insert({
            id: s.sectionId,
            planId: plan.id,
            kind: s.kind,
            parentId: s.parentId,
            position: s.position,
            content: s.content,
            html: s.html,
            revision: 0,
            updatedById: actor.id,
          });
          await this.plans.syncIndicators(manager, { id: s.sectionId, planId: plan.id, kind: s.kind, content: s.content, deletedAt: null });
          continue;
        }
        const same =
          !row.deletedAt &&
          row.parentId === s.parentId &&
          row.position === s.position &&
          JSON.stringify(row.content) === JSON.stringify(s.content);
        if (same) continue;
        await manager.getRepository(PlanSectionEntity).update(
          { id: row.id },
          {
            kind: s.kind,
            parentId: s.parentId,
            position: s.position,
            content: s.content,
            html: s.html,
            deletedAt: null,
            revision: row.revision + 1,
            updatedById: actor.id,
          },
        );
        await this.plans.syncIndicators(manager, { id: row.id, planId: plan.id, kind: s.kind, content: s.content, deletedAt: null });
      }
      const gone = current.filter((s) => !wanted.has(s.id) && !s.deletedAt).map((s) => s.id);
      if (gone.length) await new PlanVersionsRepository(manager).retireSections(actor.id, gone);
      await manager.getRepository(PlanEntity).update(
        { id: plan.id },
        {
          title: version.header.title,
          periodStart: version.header.periodStart,
          periodEnd: version.header.periodEnd,
          languages: version.header.languages,
          revision: plan.revision + 1,
        },
      );
    });
    return this.plans.get(planIdOrSlug, actor, 'draft');
  }

  /** Opens a version to public annotation (closing any other open one), or closes it. */
  /**
   * Renames a version, per language (its snapshot never changes): the languages given replace the stored
   * ones, an empty text removes that language (at least one stays, checked by the contract).
   */
  async rename(actor: UserEntity, planIdOrSlug: string, number: number, name: TranslatedText): Promise<PlanVersionSummary> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      const version = await manager.getRepository(PlanVersionEntity).findOneBy({ planId: plan.id, number });
      if (!version) throw AppError.notFound();
      const cleaned = Object.fromEntries(Object.entries(name).flatMap(([l, v]) => (v?.trim() ? [[l, v.trim()]] : [])));
      await manager.getRepository(PlanVersionEntity).update({ id: version.id }, { name: cleaned });
    });
    return (await this.list(planIdOrSlug, actor)).find((v) => v.number === number)!;
  }

  async setReview(actor: UserEntity, planIdOrSlug: string, number: number, open: boolean): Promise<PlanVersionSummary> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager, true);
      const version = await manager.getRepository(PlanVersionEntity).findOneBy({ planId: plan.id, number });
      if (!version) throw AppError.notFound();
      if (open) {
        await new PlanVersionsRepository(manager).closeOtherReviews(plan.id, version.id);
        await manager.getRepository(PlanVersionEntity).update({ id: version.id }, { review: 'open' });
        if (plan.status === 'draft')
          await manager.getRepository(PlanEntity).update({ id: plan.id }, { status: 'public_review', revision: plan.revision + 1 });
      } else {
        if (version.review === 'none') throw new AppError('plan.not_in_review');
        await manager.getRepository(PlanVersionEntity).update({ id: version.id }, { review: 'closed' });
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
      const version = await this.db.getRepository(PlanVersionEntity).findOneBy({ planId: plan.id, number: which });
      if (!version || !PlanPolicy.canSeeVersion(viewer, version.review)) throw AppError.notFound();
      const rows = await this.db.getRepository(PlanVersionSectionEntity).findBy({ versionId: version.id });
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
