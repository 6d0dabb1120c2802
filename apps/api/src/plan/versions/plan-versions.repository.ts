import type { EntityManager } from 'typeorm';
import type { PlanVersionSummary, TranslatedText } from '@polyphony/contracts';
import { toVersionSummary } from '../plan.mapper';
import { PlanSectionEntity } from '../plan-section.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from './plan-version.entity';

/** A version to store: its number is read first (`nextNumber`) in the same transaction; `createdAt` only for back-dated demo versions. */
export type NewVersion = Pick<PlanVersionEntity, 'planId' | 'number' | 'name' | 'note' | 'header' | 'createdById'> & { createdAt?: Date };

/** A section as a version stores it. */
export type VersionSectionRow = Omit<PlanVersionSectionEntity, 'version'>;

type VersionRow = Pick<PlanVersionEntity, 'id' | 'number' | 'name' | 'note' | 'review'> & {
  created_at: Date;
  created_by_name: string | null;
  annotations: number;
};

/** The SQL of named versions: the list with its counts, numbering, snapshots, review state and what a restore writes back. */
export class PlanVersionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get versions() {
    return this.manager.getRepository(PlanVersionEntity);
  }

  private get versionSections() {
    return this.manager.getRepository(PlanVersionSectionEntity);
  }

  private get draft() {
    return this.manager.getRepository(PlanSectionEntity);
  }

  /** The plan's versions, newest first, with who saved each and its annotation count; `staff` also see unpublished ones. */
  async list(planId: string, staff: boolean): Promise<PlanVersionSummary[]> {
    const rows: VersionRow[] = await this.manager.query(
      `SELECT v.id, v.number, v.name, v.note, v.review, v.created_at, u.display_name AS created_by_name,
              (SELECT count(*)::int FROM plan_annotations a WHERE a.version_id = v.id) AS annotations
       FROM plan_versions v LEFT JOIN users u ON u.id = v.created_by_id
       WHERE v.plan_id = $1 ${staff ? '' : `AND v.review <> 'none'`} ORDER BY v.number DESC`,
      [planId],
    );
    return rows.map((r) => toVersionSummary({ ...r, createdAt: r.created_at, createdByName: r.created_by_name }, r.annotations));
  }

  async nextNumber(planId: string): Promise<number> {
    const [{ n }] = await this.manager.query(`SELECT coalesce(max(number), 0) + 1 AS n FROM plan_versions WHERE plan_id = $1`, [planId]);
    return Number(n);
  }

  insertVersion(version: NewVersion): Promise<PlanVersionEntity> {
    return this.versions.save(version);
  }

  /** Stores a version's sections, 500 rows per statement. */
  async insertSections(rows: VersionSectionRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await this.versionSections.insert(rows.slice(i, i + 500));
  }

  findByNumber(planId: string, number: number): Promise<PlanVersionEntity | null> {
    return this.versions.findOneBy({ planId, number });
  }

  /** The sections a version holds, in no particular order. */
  sections(versionId: string): Promise<PlanVersionSectionEntity[]> {
    return this.versionSections.findBy({ versionId });
  }

  section(versionId: string, sectionId: string): Promise<PlanVersionSectionEntity | null> {
    return this.versionSections.findOneBy({ versionId, sectionId });
  }

  async rename(versionId: string, name: TranslatedText): Promise<void> {
    await this.versions.update({ id: versionId }, { name });
  }

  async setReview(versionId: string, review: PlanVersionEntity['review']): Promise<void> {
    await this.versions.update({ id: versionId }, { review });
  }

  /** Every section of the plan's draft, removed ones included, locked (FOR UPDATE) until the end of the transaction. */
  lockDraftSections(planId: string): Promise<PlanSectionEntity[]> {
    return this.draft.find({ where: { planId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A section gone from the draft (not even removed softly) comes back from the version, with its id and revision 0. */
  async reinsertSection(actorId: string, planId: string, s: PlanVersionSectionEntity): Promise<void> {
    await this.draft.insert({
      id: s.sectionId,
      planId,
      kind: s.kind,
      parentId: s.parentId,
      position: s.position,
      content: s.content,
      html: s.html,
      revision: 0,
      updatedById: actorId,
    });
  }

  /** A draft section takes back the version's kind, place and content (out of the bin if removed) as revision `revision`. */
  async resetSection(actorId: string, s: PlanVersionSectionEntity, revision: number): Promise<void> {
    await this.draft.update(
      { id: s.sectionId },
      {
        kind: s.kind,
        parentId: s.parentId,
        position: s.position,
        content: s.content,
        html: s.html,
        deletedAt: null,
        revision,
        updatedById: actorId,
      },
    );
  }

  /** Sections added since a restored version are removed softly, with their indicators. */
  async retireSections(actorId: string, ids: string[]): Promise<void> {
    await this.manager.query(
      `UPDATE plan_sections SET deleted_at = now(), revision = revision + 1, updated_by_id = $2 WHERE id = ANY($1)`,
      [ids, actorId],
    );
    await this.manager.query(`UPDATE plan_indicators SET deleted_at = now() WHERE action_id = ANY($1) AND deleted_at IS NULL`, [ids]);
  }

  /** Closes the review of every other version of the plan (one version is open at a time). */
  async closeOtherReviews(planId: string, versionId: string): Promise<void> {
    await this.manager.query(`UPDATE plan_versions SET review = 'closed' WHERE plan_id = $1 AND review = 'open' AND id <> $2`, [
      planId,
      versionId,
    ]);
  }

  async name(versionId: string): Promise<PlanVersionEntity['name'] | null> {
    const [row] = await this.manager.query(`SELECT name FROM plan_versions WHERE id = $1`, [versionId]);
    return row?.name ?? null;
  }
}
