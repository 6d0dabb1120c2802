import type { EntityManager } from 'typeorm';
import type { PlanVersionSummary } from '@polyphony/contracts';
import { toVersionSummary } from '../plan.mapper';
import { PlanVersionEntity } from './plan-version.entity';

type VersionRow = Pick<PlanVersionEntity, 'id' | 'number' | 'name' | 'note' | 'review'> & {
  created_at: Date;
  created_by_name: string | null;
  annotations: number;
};

/** The SQL of named versions: the list with its counts, numbering, review state and what a restore retires. */
export class PlanVersionsRepository {
  constructor(private readonly manager: EntityManager) {}

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
