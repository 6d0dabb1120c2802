import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
import type { PlanEntity } from './plan.entity';
import type { PlanSectionEntity } from './plan-section.entity';
import type { PlanVersionEntity } from './versions/plan-version.entity';
import { PlanRepository } from './plan.repository';
import { PlanPolicy } from './plan.policy';
import { cleanContent, readingOrder, renderParagraphs, sectionCodes } from './plan-content';
import { withMarks } from './languages/plan-languages';
import { TaxonomyService, type KeyUses } from '../taxonomy/taxonomy.service';
import { toPlanView, toSectionView, type RawSection } from './plan.mapper';
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
    const plan = await new PlanRepository(manager).findPlan(where, lock);
    if (!plan) throw AppError.notFound();
    return plan;
  }

  /** The plan if the viewer may see it at all (404 otherwise: drafts are not advertised). */
  async findVisible(idOrSlug: string, viewer?: UserEntity): Promise<PlanEntity> {
    const plan = await this.findPlan(idOrSlug);
    if (!PlanPolicy.canSeePlan(viewer, plan.status, await this.repo().hasPublicVersion(plan.id))) throw AppError.notFound();
    return plan;
  }

  private repo(manager: EntityManager = this.db.manager) {
    return new PlanRepository(manager);
  }

  list(viewer?: UserEntity): Promise<PlanListItem[]> {
    return this.repo().list(PlanPolicy.canSeeDraft(viewer));
  }

  async create(actor: UserEntity, input: CreatePlanRequest & { consultationId: string | null }): Promise<Plan> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const repo = this.repo(manager);
      if (await repo.slugTaken(input.slug)) throw AppError.validation([{ path: 'slug', code: 'duplicate_key' }]);
      if (input.consultationId && !(await repo.consultationExists(input.consultationId))) {
        throw AppError.validation([{ path: 'consultationId', code: 'invalid' }]);
      }
      const plan = await repo.insertPlan({
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
      await this.repo(manager).updatePlan(plan.id, {
        title: next.title,
        periodStart: next.periodStart,
        periodEnd: next.periodEnd,
        languages: next.languages,
        consultationId: next.consultationId,
        revision: plan.revision + 1,
      });
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
      const repo = this.repo(manager);
      if (status !== 'draft' && !(await repo.hasVersion(plan.id))) throw new AppError('plan.no_version');
      await repo.setStatus(plan.id, status, plan.revision + 1);
      // An adopted plan is public: its latest version becomes readable (closed to annotations).
      if (status === 'adopted') await repo.closeLatestVersion(plan.id);
    });
    return this.get(id, actor, 'draft');
  }

  // ---- Reading ---------------------------------------------------------------------------------------

  /** The plan as the viewer may see it: the working draft (officials) or a version. */
  async get(idOrSlug: string, viewer?: UserEntity, which?: 'draft' | number): Promise<Plan> {
    const plan = await this.findPlan(idOrSlug);
    const staff = PlanPolicy.canSeeDraft(viewer);
    const repo = this.repo();
    const versions = await repo.versions(plan.id);
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
    const sections = version ? await this.versionSections(manager, version.id) : await this.draftSections(manager, plan.id);
    return toPlanView(
      plan,
      {
        version,
        sections,
        sources: await repo.sourcesSummaries(plan.id, version?.createdAt),
        versions: staff ? versions : publicVersions,
        review: versions.find((v) => v.review === 'open'),
        annotations: await repo.annotationCounts(publicVersions.map((v) => v.id)),
        names: await repo.userNames(versions.map((v) => v.createdById)),
        pendingSuggestions: staff ? await repo.pendingSuggestions(plan.id) : 0,
      },
      { edit: PlanPolicy.canEdit(viewer) && !version, annotate: !!version && PlanPolicy.canAnnotate(viewer, version.review) },
    );
  }

  async draftSections(manager: EntityManager, planId: string): Promise<RawSection[]> {
    const rows = await this.repo(manager).draftSections(planId);
    const codes = sectionCodes(rows);
    return readingOrder(rows).map((s) => ({ ...s, code: codes.get(s.id) ?? '', updatedBy: s.updatedByName }));
  }

  async versionSections(manager: EntityManager, versionId: string): Promise<RawSection[]> {
    const [version, rows] = await this.repo(manager).versionWithSections(versionId);
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
    return this.section(planId, id);
  }

  /** Saves a section if nobody saved it since `revision`; else 409 plan.edit_conflict naming who did. */
  async updateSection(actor: UserEntity, planId: string, sectionId: string, input: UpdateSectionRequest & { content: SectionContent }) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.lockSection(manager, planId, sectionId);
      if (section.revision !== input.revision) throw await this.conflict(manager, section);
      await this.writeSection(manager, section, input.content, actor.id);
    });
    return this.section(planId, sectionId);
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
      const repo = this.repo(manager);
      await repo.makeRoom(section, parentId, input.position);
      await repo.updateSection(section.id, { parentId, position: input.position, revision: section.revision + 1, updatedById: actor.id });
    });
    return this.section(planId, sectionId);
  }

  /** Soft removal: provenance, annotations and indicators stay attached; a restore brings it back. */
  async deleteSection(actor: UserEntity, planId: string, sectionId: string, revision: number) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.lockSection(manager, planId, sectionId);
      if (section.revision !== revision) throw await this.conflict(manager, section);
      await this.repo(manager).softDelete(actor.id, section.id, new Date());
    });
  }

  /** One section of the working draft, as the plan page shows it. */
  /** A draft section as its editor sees it after a write (the callers checked the policy). */
  async section(planIdOrSlug: string, sectionId: string) {
    const plan = await this.findPlan(planIdOrSlug);
    // All of the draft: a section's code (2.3) is its place among the others.
    const all = await this.draftSections(this.db.manager, plan.id);
    const found = all.find((s) => s.id === sectionId);
    if (!found) throw AppError.notFound();
    return toSectionView(found, await this.repo().sourcesSummaries(plan.id, undefined, sectionId));
  }

  async lockSection(manager: EntityManager, planIdOrSlug: string, sectionId: string): Promise<PlanSectionEntity> {
    if (!isUuid(sectionId)) throw AppError.notFound();
    const plan = await this.findPlan(planIdOrSlug, manager);
    const section = await this.repo(manager).lockSection(plan.id, sectionId);
    if (!section) throw AppError.notFound();
    return section;
  }

  async conflict(manager: EntityManager, section: PlanSectionEntity) {
    const who = section.updatedById ? await this.repo(manager).displayName(section.updatedById) : null;
    return new AppError('plan.edit_conflict', { params: { name: who ?? '' } });
  }

  private async checkParent(manager: EntityManager, planId: string, kind: string, parentId: string | null): Promise<string | null> {
    if (kind !== 'action') return null;
    if (!parentId) throw AppError.validation([{ path: 'parentId', code: 'required' }]);
    const parent = await this.repo(manager).strategicLine(planId, parentId);
    if (!parent) throw AppError.validation([{ path: 'parentId', code: 'invalid' }]);
    return parent.id;
  }

  private async positionAfter(manager: EntityManager, planId: string, parentId: string | null, afterId: string | null): Promise<number> {
    const repo = this.repo(manager);
    const after = afterId ? await repo.sectionOf(planId, afterId) : null;
    if (after) {
      await repo.shiftAfter(planId, parentId, after.position);
      return after.position + 1;
    }
    return repo.nextPosition(planId, parentId);
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
    const content = cleanContent(withMarks(null, normalised, 0, marks));
    const saved = await this.repo(manager).insertSection({
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
   * Text revisions (which languages are behind): moved for the texts that changed (withMarks).
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
    const clean = cleanContent(withMarks(section.content, normalised, section.revision + 1, marks));
    section.content = clean;
    section.revision += 1;
    await this.repo(manager).updateSection(section.id, {
      content: clean,
      html: renderParagraphs(clean),
      revision: section.revision,
      updatedById: actorId,
      deletedAt: section.deletedAt ?? null,
    });
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
    const repo = this.repo(manager);
    if (
      list.length &&
      (await repo.indicatorsElsewhere(
        list.map((i) => i.id),
        section.id,
      ))
    )
      throw AppError.validation([{ path: 'content.indicators', code: 'duplicate_key' }]);
    await repo.replaceIndicators(section, list);
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
