import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type {
  ReviewMark,
  CreatePlanRequest,
  CreateSectionRequest,
  Plan,
  PlanListItem,
  PlanStatus,
  SectionContent,
  UpdatePlanRequest,
  UpdateSectionRequest,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { PlanEntity } from './plan.entity';
import { PlanSectionEntity } from './plan-section.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from './versions/plan-version.entity';
import { PlanPolicy } from './plan.policy';
import { cleanContent, readingOrder, renderParagraphs, sectionCodes } from './plan-content';
import { carryMarks } from './languages/plan-languages';
import { TaxonomyService, type KeyUses } from '../taxonomy/taxonomy.service';
import { sourcesSummaries, toSectionView, toVersionSummary, type RawSection } from './plan-view';
import { isUuid } from '../core/http/params';

const PLAN_TRANSITIONS: Record<PlanStatus, PlanStatus[]> = {
  draft: ['public_review', 'adopted'],
  public_review: ['draft', 'adopted'],
  adopted: ['draft'],
};

/** The plan and its working draft: header, sections with optimistic concurrency, indicators. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async findPlan(idOrSlug: string, manager: EntityManager = this.db.manager, lock = false): Promise<PlanEntity> {
    const where = isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
    const plan = await manager
      .getRepository(PlanEntity)
      .findOne({ where, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!plan) throw AppError.notFound();
    return plan;
  }

  /** The plan if the viewer may see it at all (404 otherwise: drafts are not advertised). */
  async findVisible(idOrSlug: string, viewer?: UserEntity): Promise<PlanEntity> {
    const plan = await this.findPlan(idOrSlug);
    if (!PlanPolicy.canSeePlan(viewer, plan.status, await this.hasPublicVersion(plan.id))) throw AppError.notFound();
    return plan;
  }

  private async hasPublicVersion(planId: string, manager: EntityManager = this.db.manager) {
    const [row] = await manager.query(`SELECT 1 FROM plan_versions WHERE plan_id = $1 AND review <> 'none' LIMIT 1`, [planId]);
    return !!row;
  }

  async list(viewer?: UserEntity): Promise<PlanListItem[]> {
    const staff = PlanPolicy.canSeeDraft(viewer);
    const rows: PlanEntity[] = await this.db
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where(
        staff ? '1=1' : `(p.status = 'adopted' OR EXISTS (SELECT 1 FROM plan_versions v WHERE v.plan_id = p.id AND v.review <> 'none'))`,
      )
      .orderBy('p.period_start', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .limit(100)
      .getMany();
    return rows.map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: p.status,
      languages: p.languages,
      updatedAt: p.updatedAt.toISOString(),
    }));
  }

  async create(actor: UserEntity, input: CreatePlanRequest & { consultationId: string | null }): Promise<Plan> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      if (await manager.getRepository(PlanEntity).existsBy({ slug: input.slug }))
        throw AppError.validation([{ path: 'slug', code: 'duplicate_key' }]);
      if (input.consultationId && !(await manager.query(`SELECT 1 FROM consultations WHERE id = $1`, [input.consultationId])).length) {
        throw AppError.validation([{ path: 'consultationId', code: 'invalid' }]);
      }
      const plan = await manager.getRepository(PlanEntity).save({
        slug: input.slug,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        languages: input.languages,
        consultationId: input.consultationId,
        createdById: actor.id,
      });
      const content = cleanContent({
        title: {},
        paragraphs: [],
        expectedResults: [],
        leadDepartment: null,
        partners: [],
        geographicPriorities: [],
        sdgTargets: [],
        agendas: [],
        budget: null,
        indicators: [],
      });
      await this.insertSection(manager, plan.id, { kind: 'general_objective', parentId: null, position: 0, content }, actor.id);
      return plan.id;
    });
    return this.get(id, actor, 'draft');
  }

  async updateHeader(actor: UserEntity, id: string, input: UpdatePlanRequest): Promise<Plan> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.findPlan(id, manager, true);
      if (plan.revision !== input.revision) throw new AppError('plan.edit_conflict', { params: { name: '' } });
      const next = { ...plan, ...Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'revision' && v !== undefined)) };
      if (next.periodStart > next.periodEnd) throw AppError.validation([{ path: 'periodEnd', code: 'invalid_dates' }]);
      await manager.getRepository(PlanEntity).update(
        { id: plan.id },
        {
          title: next.title,
          periodStart: next.periodStart,
          periodEnd: next.periodEnd,
          languages: next.languages,
          consultationId: next.consultationId,
          revision: plan.revision + 1,
        },
      );
    });
    return this.get(id, actor, 'draft');
  }

  async setStatus(actor: UserEntity, id: string, status: PlanStatus): Promise<Plan> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const plan = await this.findPlan(id, manager, true);
      if (plan.status === status) return;
      if (!PLAN_TRANSITIONS[plan.status].includes(status))
        throw new AppError('plan.invalid_transition', { fields: [{ path: 'status', code: 'invalid_option' }] });
      if (status !== 'draft' && !(await manager.getRepository(PlanVersionEntity).existsBy({ planId: plan.id })))
        throw new AppError('plan.no_version');
      await manager.getRepository(PlanEntity).update({ id: plan.id }, { status, revision: plan.revision + 1 });
      // An adopted plan is public: its latest version becomes readable (closed to annotations).
      if (status === 'adopted') {
        await manager.query(
          `UPDATE plan_versions SET review = 'closed' WHERE id = (SELECT id FROM plan_versions WHERE plan_id = $1 ORDER BY number DESC LIMIT 1) AND review = 'none'`,
          [plan.id],
        );
      }
    });
    return this.get(id, actor, 'draft');
  }

  // ---- Reading ---------------------------------------------------------------------------------------

  /** The plan as the viewer may see it: the working draft (officials) or a version. */
  async get(idOrSlug: string, viewer?: UserEntity, which?: 'draft' | number): Promise<Plan> {
    const plan = await this.findPlan(idOrSlug);
    const staff = PlanPolicy.canSeeDraft(viewer);
    const versions = await this.db.getRepository(PlanVersionEntity).find({ where: { planId: plan.id }, order: { number: 'DESC' } });
    const publicVersions = versions.filter((v) => v.review !== 'none');
    if (!PlanPolicy.canSeePlan(viewer, plan.status, publicVersions.length > 0)) throw AppError.notFound();
    let version: PlanVersionEntity | undefined;
    if (which === 'draft' || (which === undefined && staff)) {
      if (!staff) throw AppError.notFound();
    } else if (which === undefined) {
      version = publicVersions[0];
      if (!version) throw AppError.notFound();
    } else {
      version = versions.find((v) => v.number === which);
      if (!version || !PlanPolicy.canSeeVersion(viewer, version.review)) throw AppError.notFound();
    }

    const manager = this.db.manager;
    const raw = version ? await this.versionSections(manager, version.id) : await this.draftSections(manager, plan.id);
    const sources = await sourcesSummaries(manager, plan.id, version?.createdAt);
    const counts: { version_id: string; n: number }[] = publicVersions.length
      ? await manager.query(`SELECT version_id, count(*)::int AS n FROM plan_annotations WHERE version_id = ANY($1) GROUP BY 1`, [
          publicVersions.map((v) => v.id),
        ])
      : [];
    const annotations = new Map(counts.map((c) => [c.version_id, c.n]));
    const names = await this.userNames(versions.map((v) => v.createdById));
    const summary = (v?: PlanVersionEntity) =>
      v
        ? toVersionSummary({ ...v, createdByName: v.createdById ? (names.get(v.createdById) ?? null) : null }, annotations.get(v.id) ?? 0)
        : null;
    const visibleVersions = staff ? versions : publicVersions;
    const [pending] = staff
      ? await manager.query(`SELECT count(*)::int AS n FROM plan_suggestions WHERE plan_id = $1 AND status = 'pending'`, [plan.id])
      : [{ n: 0 }];
    const header = version?.header ?? plan;
    return {
      id: plan.id,
      slug: plan.slug,
      title: header.title,
      periodStart: header.periodStart,
      periodEnd: header.periodEnd,
      status: plan.status,
      languages: header.languages,
      consultationId: plan.consultationId,
      revision: plan.revision,
      showing: version ? version.number : 'draft',
      versionId: version?.id ?? null,
      sections: raw.map((s) => toSectionView(s, sources)),
      latestVersion: summary(visibleVersions[0]),
      reviewVersion: summary(versions.find((v) => v.review === 'open')),
      pendingSuggestions: pending.n,
      can: { edit: PlanPolicy.canEdit(viewer) && !version, annotate: !!version && PlanPolicy.canAnnotate(viewer, version.review) },
      updatedAt: plan.updatedAt.toISOString(),
    };
  }

  async draftSections(manager: EntityManager, planId: string): Promise<RawSection[]> {
    const rows: (PlanSectionEntity & { updatedByName: string | null })[] = await manager
      .getRepository(PlanSectionEntity)
      .createQueryBuilder('s')
      .leftJoin('s.updatedBy', 'u')
      .addSelect('u.display_name', 'updated_by_name')
      .where('s.plan_id = :planId AND s.deleted_at IS NULL', { planId })
      .getRawAndEntities()
      .then(({ entities, raw }) => {
        const names = new Map(raw.map((r) => [r.s_id, r.updated_by_name]));
        return entities.map((e) => Object.assign(e, { updatedByName: names.get(e.id) ?? null }));
      });
    const codes = sectionCodes(rows);
    return readingOrder(rows).map((s) => ({ ...s, code: codes.get(s.id) ?? '', updatedBy: s.updatedByName }));
  }

  async versionSections(manager: EntityManager, versionId: string): Promise<RawSection[]> {
    const [version, rows] = await Promise.all([
      manager.getRepository(PlanVersionEntity).findOneByOrFail({ id: versionId }),
      manager.getRepository(PlanVersionSectionEntity).find({ where: { versionId } }),
    ]);
    return readingOrder(rows.map((r) => ({ ...r, id: r.sectionId }))).map((r) => ({
      id: r.sectionId,
      kind: r.kind,
      parentId: r.parentId,
      position: r.position,
      revision: 0,
      code: r.code,
      content: r.content,
      html: r.html,
      updatedAt: version.createdAt,
      updatedBy: null,
    }));
  }

  private async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.db.query(`SELECT id, display_name FROM users WHERE id = ANY($1)`, [
      wanted,
    ]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  // ---- Writing sections ----------------------------------------------------------------------------

  async createSection(
    actor: UserEntity,
    planId: string,
    input: CreateSectionRequest & { parentId: string | null; afterId: string | null; content: SectionContent },
  ) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const plan = await this.findPlan(planId, manager, true);
      const parentId = await this.checkParent(manager, plan.id, input.kind, input.parentId);
      const position = await this.positionAfter(manager, plan.id, parentId, input.afterId);
      return (await this.insertSection(manager, plan.id, { kind: input.kind, parentId, position, content: input.content }, actor.id)).id;
    });
    return this.section(planId, id, actor);
  }

  /** Saves a section if nobody saved it since `revision`; else 409 plan.edit_conflict naming who did. */
  async updateSection(actor: UserEntity, planId: string, sectionId: string, input: UpdateSectionRequest & { content: SectionContent }) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.lockSection(manager, planId, sectionId);
      if (section.revision !== input.revision) throw await this.conflict(manager, section);
      await this.writeSection(manager, section, input.content, actor.id);
    });
    return this.section(planId, sectionId, actor);
  }

  async moveSection(
    actor: UserEntity,
    planId: string,
    sectionId: string,
    input: { revision: number; parentId: string | null; position: number },
  ) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.lockSection(manager, planId, sectionId);
      if (section.revision !== input.revision) throw await this.conflict(manager, section);
      const parentId = await this.checkParent(manager, section.planId, section.kind, input.parentId);
      // Make room: siblings at or after the wanted position move down by one.
      await manager.query(
        `UPDATE plan_sections SET position = position + 1 WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND kind = $3 AND position >= $4 AND id <> $5 AND deleted_at IS NULL`,
        [section.planId, parentId, section.kind, input.position, section.id],
      );
      await manager
        .getRepository(PlanSectionEntity)
        .update({ id: section.id }, { parentId, position: input.position, revision: section.revision + 1, updatedById: actor.id });
    });
    return this.section(planId, sectionId, actor);
  }

  /** Soft removal: provenance, annotations and indicators stay attached; a restore brings it back. */
  async deleteSection(actor: UserEntity, planId: string, sectionId: string, revision: number) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.lockSection(manager, planId, sectionId);
      if (section.revision !== revision) throw await this.conflict(manager, section);
      const now = new Date();
      await manager.query(
        `UPDATE plan_sections SET deleted_at = $2, revision = revision + 1, updated_by_id = $3 WHERE id = $1 OR (parent_id = $1 AND deleted_at IS NULL)`,
        [section.id, now, actor.id],
      );
      await manager.query(
        `UPDATE plan_indicators SET deleted_at = $2 WHERE action_id IN (SELECT id FROM plan_sections WHERE id = $1 OR parent_id = $1) AND deleted_at IS NULL`,
        [section.id, now],
      );
    });
  }

  /** One section of the working draft, as the plan page shows it. */
  async section(planIdOrSlug: string, sectionId: string, viewer: UserEntity) {
    const plan = await this.findPlan(planIdOrSlug);
    const all = await this.draftSections(this.db.manager, plan.id);
    const found = all.find((s) => s.id === sectionId);
    if (!found) throw AppError.notFound();
    const sources = await sourcesSummaries(this.db.manager, plan.id);
    void viewer;
    return toSectionView(found, sources);
  }

  async lockSection(manager: EntityManager, planIdOrSlug: string, sectionId: string): Promise<PlanSectionEntity> {
    if (!isUuid(sectionId)) throw AppError.notFound();
    const plan = await this.findPlan(planIdOrSlug, manager);
    const section = await manager
      .getRepository(PlanSectionEntity)
      .findOne({ where: { id: sectionId, planId: plan.id, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!section) throw AppError.notFound();
    return section;
  }

  async conflict(manager: EntityManager, section: PlanSectionEntity) {
    const [who] = section.updatedById ? await manager.query(`SELECT display_name FROM users WHERE id = $1`, [section.updatedById]) : [];
    return new AppError('plan.edit_conflict', { params: { name: who?.display_name ?? '' } });
  }

  private async checkParent(manager: EntityManager, planId: string, kind: string, parentId: string | null): Promise<string | null> {
    if (kind !== 'action') return null;
    if (!parentId) throw AppError.validation([{ path: 'parentId', code: 'required' }]);
    const parent = await manager
      .getRepository(PlanSectionEntity)
      .findOneBy({ id: parentId, planId, kind: 'strategic_line', deletedAt: IsNull() });
    if (!parent) throw AppError.validation([{ path: 'parentId', code: 'invalid' }]);
    return parent.id;
  }

  private async positionAfter(manager: EntityManager, planId: string, parentId: string | null, afterId: string | null): Promise<number> {
    if (afterId) {
      const after = await manager.getRepository(PlanSectionEntity).findOneBy({ id: afterId, planId });
      if (after) {
        await manager.query(
          `UPDATE plan_sections SET position = position + 1 WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND position > $3`,
          [planId, parentId, after.position],
        );
        return after.position + 1;
      }
    }
    const [row] = await manager.query(
      `SELECT coalesce(max(position), -1) + 1 AS n FROM plan_sections WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
      [planId, parentId],
    );
    return Number(row.n);
  }

  async insertSection(
    manager: EntityManager,
    planId: string,
    s: { kind: PlanSectionEntity['kind']; parentId: string | null; position: number; content: SectionContent },
    actorId: string | null,
    marks: ReviewMark[] = [],
  ) {
    const normalised = this.normalise(s.kind, s.content);
    await this.taxonomy.assertKnown(planTaxonomyUses(normalised), manager);
    const content = cleanContent({ ...normalised, review: carryMarks(null, normalised, marks) });
    const saved = await manager.getRepository(PlanSectionEntity).save({
      planId,
      kind: s.kind,
      parentId: s.parentId,
      position: s.position,
      content,
      html: renderParagraphs(content),
      revision: 0,
      updatedById: actorId,
    });
    await this.syncIndicators(manager, saved);
    return saved;
  }

  /**
   * Writes new content (bumping the revision) and mirrors the action's indicators, in the caller's
   * transaction. "To review" marks: those set before whose text is unchanged, plus `marks` (a fill).
   */
  async writeSection(
    manager: EntityManager,
    section: PlanSectionEntity,
    content: SectionContent,
    actorId: string | null,
    marks: ReviewMark[] = [],
  ) {
    const normalised = this.normalise(section.kind, content);
    await this.taxonomy.assertKnown(planTaxonomyUses(normalised), manager);
    const clean = cleanContent({ ...normalised, review: carryMarks(section.content, normalised, marks) });
    section.content = clean;
    section.revision += 1;
    await manager.getRepository(PlanSectionEntity).update(
      { id: section.id },
      {
        content: clean,
        html: renderParagraphs(clean),
        revision: section.revision,
        updatedById: actorId,
        deletedAt: section.deletedAt ?? null,
      },
    );
    await this.syncIndicators(manager, section);
  }

  private normalise(kind: PlanSectionEntity['kind'], content: SectionContent): SectionContent {
    const clean = cleanContent(content);
    const seen = new Set<string>();
    for (const p of [...clean.paragraphs, ...clean.expectedResults, ...clean.indicators]) {
      if (seen.has(p.id)) throw AppError.validation([{ path: 'content', code: 'duplicate_key' }]);
      seen.add(p.id);
    }
    const line = kind === 'strategic_line' ? (clean.strategicLine ?? null) : null;
    return kind === 'action' ? { ...clean, strategicLine: null } : { ...clean, indicators: [], budget: null, strategicLine: line };
  }

  async syncIndicators(manager: EntityManager, section: Pick<PlanSectionEntity, 'id' | 'planId' | 'kind' | 'content' | 'deletedAt'>) {
    const list = section.kind === 'action' && !section.deletedAt ? section.content.indicators : [];
    if (list.length) {
      const clash = await manager.query(`SELECT id FROM plan_indicators WHERE id = ANY($1) AND action_id <> $2`, [
        list.map((i) => i.id),
        section.id,
      ]);
      if (clash.length) throw AppError.validation([{ path: 'content.indicators', code: 'duplicate_key' }]);
      await manager
        .createQueryBuilder()
        .insert()
        .into(PlanIndicatorEntity)
        .values(list.map((i, position) => ({ ...i, planId: section.planId, actionId: section.id, position, deletedAt: null })))
        .orUpdate(
          ['position', 'kind', 'name', 'unit', 'baseline_value', 'baseline_date', 'target_value', 'target_date', 'source', 'deleted_at'],
          ['id'],
        )
        .execute();
    }
    await manager.query(
      `UPDATE plan_indicators SET deleted_at = now() WHERE action_id = $1 AND deleted_at IS NULL AND NOT (id = ANY($2))`,
      [section.id, list.map((i) => i.id)],
    );
  }
}

/** The taxonomy keys a section points at: its strategic line, its regions, its agendas and its indicators' units. */
function planTaxonomyUses(c: SectionContent): KeyUses {
  return {
    strategic_line: c.strategicLine ? [{ path: 'content.strategicLine', key: c.strategicLine }] : [],
    region: c.geographicPriorities.map((g, n) => ({ path: `content.geographicPriorities.${n}.region`, key: g.region })),
    agenda: c.agendas.map((key, n) => ({ path: `content.agendas.${n}`, key })),
    indicator_unit: c.indicators.flatMap((i, n) => (i.unit ? [{ path: `content.indicators.${n}.unit`, key: i.unit }] : [])),
  };
}
