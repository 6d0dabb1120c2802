import { IsNull, type EntityManager } from 'typeorm';
import type { PlanIndicator, PlanListItem, PlanStatus, Role, SourcesSummary } from '@polyphony/contracts';
import { PlanEntity } from './plan.entity';
import { PlanSectionEntity } from './plan-section.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from './versions/plan-version.entity';
import { toPlanListItem, toSourcesSummaries, type SourceCountRow } from './plan.mapper';

type SectionWrite = Pick<PlanSectionEntity, 'content' | 'html' | 'revision' | 'updatedById'> & { deletedAt: Date | null };

/** The plan's own SQL: the plan row, its draft sections and their indicators, and what the plan page counts. */
export class PlanRepository {
  constructor(private readonly manager: EntityManager) {}

  private get plans() {
    return this.manager.getRepository(PlanEntity);
  }

  private get sections() {
    return this.manager.getRepository(PlanSectionEntity);
  }

  findPlan(where: { id: string } | { slug: string }, lock: boolean): Promise<PlanEntity | null> {
    return this.plans.findOne({ where, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async hasPublicVersion(planId: string): Promise<boolean> {
    const [row] = await this.manager.query(`SELECT 1 FROM plan_versions WHERE plan_id = $1 AND review <> 'none' LIMIT 1`, [planId]);
    return !!row;
  }

  /** The latest 100 plans; `staff` see drafts, others adopted plans and plans with a public version. */
  async list(staff: boolean): Promise<PlanListItem[]> {
    const rows = await this.plans
      .createQueryBuilder('p')
      .where(
        staff ? '1=1' : `(p.status = 'adopted' OR EXISTS (SELECT 1 FROM plan_versions v WHERE v.plan_id = p.id AND v.review <> 'none'))`,
      )
      .orderBy('p.period_start', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .limit(100)
      .getMany();
    return rows.map(toPlanListItem);
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.plans.existsBy({ slug });
  }

  async consultationExists(id: string): Promise<boolean> {
    return (await this.manager.query(`SELECT 1 FROM consultations WHERE id = $1`, [id])).length > 0;
  }

  insertPlan(values: Partial<PlanEntity>): Promise<PlanEntity> {
    return this.plans.save(values);
  }

  async updatePlan(id: string, values: Partial<PlanEntity>): Promise<void> {
    await this.plans.update({ id }, values);
  }

  hasVersion(planId: string): Promise<boolean> {
    return this.manager.getRepository(PlanVersionEntity).existsBy({ planId });
  }

  /** An adopted plan is public: its latest version becomes readable (closed to annotations). */
  async closeLatestVersion(planId: string): Promise<void> {
    await this.manager.query(
      `UPDATE plan_versions SET review = 'closed' WHERE id = (SELECT id FROM plan_versions WHERE plan_id = $1 ORDER BY number DESC LIMIT 1) AND review = 'none'`,
      [planId],
    );
  }

  versions(planId: string): Promise<PlanVersionEntity[]> {
    return this.manager.getRepository(PlanVersionEntity).find({ where: { planId }, order: { number: 'DESC' } });
  }

  async annotationCounts(versionIds: string[]): Promise<Map<string, number>> {
    if (!versionIds.length) return new Map();
    const rows: { version_id: string; n: number }[] = await this.manager.query(
      `SELECT version_id, count(*)::int AS n FROM plan_annotations WHERE version_id = ANY($1) GROUP BY 1`,
      [versionIds],
    );
    return new Map(rows.map((c) => [c.version_id, c.n]));
  }

  async pendingSuggestions(planId: string): Promise<number> {
    const [row] = await this.manager.query(`SELECT count(*)::int AS n FROM plan_suggestions WHERE plan_id = $1 AND status = 'pending'`, [
      planId,
    ]);
    return row.n;
  }

  async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.manager.query(`SELECT id, display_name FROM users WHERE id = ANY($1)`, [
      wanted,
    ]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** The live sections of the draft, with the name of who saved each last. */
  draftSections(planId: string): Promise<(PlanSectionEntity & { updatedByName: string | null })[]> {
    return this.sections
      .createQueryBuilder('s')
      .leftJoin('s.updatedBy', 'u')
      .addSelect('u.display_name', 'updated_by_name')
      .where('s.plan_id = :planId AND s.deleted_at IS NULL', { planId })
      .getRawAndEntities()
      .then(({ entities, raw }) => {
        const names = new Map(raw.map((r) => [r.s_id, r.updated_by_name]));
        return entities.map((e) => Object.assign(e, { updatedByName: names.get(e.id) ?? null }));
      });
  }

  versionWithSections(versionId: string): Promise<[PlanVersionEntity, PlanVersionSectionEntity[]]> {
    return Promise.all([
      this.manager.getRepository(PlanVersionEntity).findOneByOrFail({ id: versionId }),
      this.manager.getRepository(PlanVersionSectionEntity).find({ where: { versionId } }),
    ]);
  }

  /** A live (not removed) section of the plan's draft, read without a lock. */
  liveSection(planId: string, sectionId: string): Promise<PlanSectionEntity | null> {
    return this.sections.findOneBy({ id: sectionId, planId, deletedAt: IsNull() });
  }

  lockSection(planId: string, sectionId: string): Promise<PlanSectionEntity | null> {
    return this.sections.findOne({ where: { id: sectionId, planId, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  /** The role of a person who is not blocked (read afresh, not the one of a socket's handshake). */
  async activeRole(userId: string): Promise<{ role: Role } | undefined> {
    const [row]: { role: Role }[] = await this.manager.query(`SELECT role FROM users WHERE id = $1 AND blocked_at IS NULL`, [userId]);
    return row;
  }

  /**
   * Provenance counts for every section of a plan in one grouped query (no N+1): per category, per
   * source kind, per paragraph. `asOf` limits the count to links that existed when a version was saved.
   */
  /** Per section (or only `sectionId`'s): its sources as of `asOf` (a version's date), hidden contributions left out. */
  async sourcesSummaries(planId: string, asOf?: Date, sectionId?: string): Promise<Map<string, SourcesSummary>> {
    const rows: SourceCountRow[] = await this.manager.query(
      `SELECT p.section_id, p.paragraph_key, c.category, c.source, count(*)::int AS n
     FROM plan_provenance p JOIN contributions c ON c.id = p.contribution_id
     WHERE p.plan_id = $1 AND ($2::timestamptz IS NULL OR p.created_at <= $2) AND ($3::uuid IS NULL OR p.section_id = $3)
       AND c.hidden_at IS NULL
     GROUP BY 1, 2, 3, 4`,
      [planId, asOf ?? null, sectionId ?? null],
    );
    return toSourcesSummaries(rows);
  }

  async displayName(userId: string): Promise<string | null> {
    const [who] = await this.manager.query(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return who?.display_name ?? null;
  }

  strategicLine(planId: string, id: string): Promise<PlanSectionEntity | null> {
    return this.sections.findOneBy({ id, planId, kind: 'strategic_line', deletedAt: IsNull() });
  }

  sectionOf(planId: string, id: string): Promise<PlanSectionEntity | null> {
    return this.sections.findOneBy({ id, planId });
  }

  /** Siblings after `position` move down by one (a section goes in right after it). */
  async shiftAfter(planId: string, parentId: string | null, position: number): Promise<void> {
    await this.manager.query(
      `UPDATE plan_sections SET position = position + 1 WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND position > $3`,
      [planId, parentId, position],
    );
  }

  async nextPosition(planId: string, parentId: string | null): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT coalesce(max(position), -1) + 1 AS n FROM plan_sections WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
      [planId, parentId],
    );
    return Number(row.n);
  }

  /** Makes room: live siblings of the same kind at or after `position` move down by one. */
  async makeRoom(section: Pick<PlanSectionEntity, 'id' | 'planId' | 'kind'>, parentId: string | null, position: number): Promise<void> {
    await this.manager.query(
      `UPDATE plan_sections SET position = position + 1 WHERE plan_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND kind = $3 AND position >= $4 AND id <> $5 AND deleted_at IS NULL`,
      [section.planId, parentId, section.kind, position, section.id],
    );
  }

  /** The place after a strategic line's last live action. */
  async nextActionPosition(planId: string, lineId: string): Promise<number> {
    const [{ n }] = await this.manager.query(
      `SELECT coalesce(max(position), -1) + 1 AS n FROM plan_sections WHERE plan_id = $1 AND parent_id = $2 AND deleted_at IS NULL`,
      [planId, lineId],
    );
    return Number(n);
  }

  /** Makes room among a line's actions: those at or after `position` move down by one. */
  async makeRoomAmongActions(planId: string, lineId: string, position: number): Promise<void> {
    await this.manager.query(
      `UPDATE plan_sections SET position = position + 1 WHERE plan_id = $1 AND parent_id = $2 AND position >= $3 AND deleted_at IS NULL`,
      [planId, lineId, position],
    );
  }

  insertSection(values: Partial<PlanSectionEntity>): Promise<PlanSectionEntity> {
    return this.sections.save(values);
  }

  async updateSection(id: string, values: Partial<SectionWrite> & Partial<Pick<PlanSectionEntity, 'parentId' | 'position'>>) {
    await this.sections.update({ id }, values);
  }

  /** Soft removal of a section, its actions and their indicators. */
  async softDelete(actorId: string, sectionId: string, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE plan_sections SET deleted_at = $2, revision = revision + 1, updated_by_id = $3 WHERE id = $1 OR (parent_id = $1 AND deleted_at IS NULL)`,
      [sectionId, at, actorId],
    );
    await this.manager.query(
      `UPDATE plan_indicators SET deleted_at = $2 WHERE action_id IN (SELECT id FROM plan_sections WHERE id = $1 OR parent_id = $1) AND deleted_at IS NULL`,
      [sectionId, at],
    );
  }

  /** Whether any of these indicator ids belongs to another action. */
  async indicatorsElsewhere(ids: string[], actionId: string): Promise<boolean> {
    const clash = await this.manager.query(`SELECT id FROM plan_indicators WHERE id = ANY($1) AND action_id <> $2`, [ids, actionId]);
    return clash.length > 0;
  }

  /** The action's indicators become exactly `list` (upserted in order; the others retired). */
  async replaceIndicators(section: Pick<PlanSectionEntity, 'id' | 'planId'>, list: PlanIndicator[]): Promise<void> {
    if (list.length)
      await this.manager
        .createQueryBuilder()
        .insert()
        .into(PlanIndicatorEntity)
        .values(list.map((i, position) => ({ ...i, planId: section.planId, actionId: section.id, position, deletedAt: null })))
        .orUpdate(
          ['position', 'kind', 'name', 'unit', 'baseline_value', 'baseline_date', 'target_value', 'target_date', 'source', 'deleted_at'],
          ['id'],
        )
        .execute();
    await this.manager.query(
      `UPDATE plan_indicators SET deleted_at = now() WHERE action_id = $1 AND deleted_at IS NULL AND NOT (id = ANY($2))`,
      [section.id, list.map((i) => i.id)],
    );
  }

  /** For PlanStatus changes only. */
  async setStatus(id: string, status: PlanStatus, revision: number): Promise<void> {
    await this.plans.update({ id }, { status, revision });
  }
}
