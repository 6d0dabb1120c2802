import type { EntityManager } from 'typeorm';
import type { ModerationTarget, ReportReason } from '@polyphony/contracts';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationReportEntity } from './moderation-report.entity';
import type { AuditEntry } from './moderation.service';
import { keysetPage } from '../core/database/keyset-page';

/** A moderation case as the queue lists it. */
export interface CaseRow {
  target_type: ModerationTarget;
  target_id: string;
  open_reports: number;
  hidden: boolean;
  last_report_at: Date | null;
  sort_at: Date;
}

/** Open reports on one target for one reason, with their details. */
export interface ReasonRow {
  target_id: string;
  reason: ReportReason;
  n: string;
  details: string[];
}

/** The moderation SQL: reports, cases (one per reported or hidden content) and the audit log. */
export class ModerationRepository {
  constructor(private readonly manager: EntityManager) {}

  /** A line of the audit log; clock_timestamp(), not now(): entries of one transaction keep their order. */
  async insertAction(entry: AuditEntry): Promise<void> {
    await this.manager
      .getRepository(ModerationActionEntity)
      .insert({ ...entry, reason: entry.reason ?? '', data: (entry.data ?? {}) as never, createdAt: () => 'clock_timestamp()' });
  }

  /** Sets the case's hidden flag (created without reports if the content had none). */
  async setCaseHidden(targetType: ModerationTarget, targetId: string, hidden: boolean): Promise<void> {
    await this.manager.query(
      `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, hidden) VALUES ($1, $2, 0, $3)
       ON CONFLICT (target_type, target_id) DO UPDATE SET hidden = $3, updated_at = now()`,
      [targetType, targetId, hidden],
    );
  }

  /** Stores a report; false when this person had already reported this content. */
  async insertReport(
    reporterId: string,
    report: { targetType: ModerationTarget; targetId: string; reason: ReportReason; details: string },
  ): Promise<boolean> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ModerationReportEntity)
      .values({ ...report, reporterId })
      .orIgnore()
      .returning('id')
      .execute();
    return inserted.raw.length > 0;
  }

  /** Counts one more open report on the case; answers the case as it now stands. */
  async countReport(targetType: ModerationTarget, targetId: string): Promise<{ openReports: number; hidden: boolean }> {
    const [state] = await this.manager.query(
      `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, last_report_at) VALUES ($1, $2, 1, now())
         ON CONFLICT (target_type, target_id) DO UPDATE SET open_reports = c.open_reports + 1, last_report_at = now(), updated_at = now()
         RETURNING open_reports, hidden`,
      [targetType, targetId],
    );
    return { openReports: state.open_reports, hidden: state.hidden };
  }

  async hideCase(targetType: ModerationTarget, targetId: string): Promise<void> {
    await this.manager.query(`UPDATE moderation_cases SET hidden = true, updated_at = now() WHERE target_type = $1 AND target_id = $2`, [
      targetType,
      targetId,
    ]);
  }

  /** A decision: the case has no open report left and the given hidden flag; its reports are resolved. */
  async closeCase(targetType: ModerationTarget, targetId: string, hidden: boolean): Promise<void> {
    await this.manager.query(
      `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, hidden) VALUES ($1, $2, 0, $3)
         ON CONFLICT (target_type, target_id) DO UPDATE SET open_reports = 0, hidden = $3, updated_at = now()`,
      [targetType, targetId, hidden],
    );
    await this.manager.query(
      `UPDATE moderation_reports SET resolved_at = now() WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
      [targetType, targetId],
    );
  }

  /** A page of cases with open reports (`open`, by last report) or hidden (by last change), newest first. */
  cases(query: {
    open: boolean;
    targetType?: ModerationTarget;
    after: (string | number)[] | undefined;
    limit: number;
  }): Promise<CaseRow[]> {
    const sortColumn = query.open ? 'c.last_report_at' : 'c.updated_at';
    const params: unknown[] = [];
    const where = [query.open ? 'c.open_reports > 0' : 'c.hidden'];
    if (query.targetType) where.push(`c.target_type = $${params.push(query.targetType)}`);
    if (query.after)
      where.push(`(${sortColumn}, c.target_id) < ($${params.push(query.after[0])}::timestamptz, $${params.push(query.after[1])}::uuid)`);
    return this.manager.query(
      `SELECT c.target_type, c.target_id, c.open_reports, c.hidden, c.last_report_at, ${sortColumn} AS sort_at FROM moderation_cases c
       WHERE ${where.join(' AND ')} ORDER BY ${sortColumn} DESC, c.target_id DESC LIMIT ${query.limit + 1}`,
      params,
    );
  }

  /** Open reports per target and reason, with their details. */
  openReasons(targetIds: string[]): Promise<ReasonRow[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return this.manager.query(
      `SELECT target_id, reason, count(*) AS n, array_remove(array_agg(NULLIF(details, '')), NULL) AS details FROM moderation_reports
           WHERE target_id = ANY($1) AND resolved_at IS NULL GROUP BY target_id, reason`,
      [targetIds],
    );
  }

  /** A page of the audit log with each actor, newest first. */
  log(query: { targetType?: ModerationTarget; targetId?: string; after: (string | number)[] | undefined; limit: number }) {
    const qb = this.manager.getRepository(ModerationActionEntity).createQueryBuilder('a').leftJoinAndSelect('a.actor', 'actor');
    if (query.targetType) qb.andWhere('a.target_type = :type', { type: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :id', { id: query.targetId });
    return keysetPage(qb, { alias: 'a', column: 'created_at', after: query.after, limit: query.limit, direction: 'DESC' }).getMany();
  }
}
