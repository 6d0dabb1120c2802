import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ModerationAction,
  ModerationDecision,
  ModerationItem,
  ModerationLogEntry,
  ModerationTarget,
  ReportReason,
  moderationLogQuerySchema,
  moderationQueueQuerySchema,
  reportRequestSchema,
} from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { RateLimitService } from '../auth/rate-limit.service';
import { NotificationsService, type NotificationInput } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationReportEntity } from './moderation-report.entity';
import { ModerationPolicy } from './moderation.policy';
import type { Parsed } from '../core/errors/zod-validation';

/** What moderation needs to know of a piece of content. */
export interface ModerationSubject {
  excerpt: string;
  link: string | null;
  authorId: string | null;
  authorName: string | null;
  hidden: boolean;
}

/**
 * A kind of content that can be reported and hidden. Features register one per kind
 * (proposals, comments, later room messages); both methods run inside the moderation transaction.
 */
export interface ModerationTargetHandler {
  load(manager: EntityManager, ids: string[]): Promise<Map<string, ModerationSubject>>;
  /** `reason`: the public reason of a decision taken in the queue (none for an automatic hide). */
  setHidden(manager: EntityManager, id: string, hidden: boolean, reason?: string): Promise<void>;
  /** After the hide or restore is committed: tell those looking at the content live (room messages). */
  afterChange?(id: string, hidden: boolean): Promise<void>;
}

export interface AuditEntry {
  targetType: ModerationTarget;
  targetId: string;
  action: ModerationAction;
  reason?: string;
  data?: Record<string, unknown>;
  actorId: string | null;
}

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

@Injectable()
export class ModerationService {
  private readonly handlers = new Map<ModerationTarget, ModerationTargetHandler>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly limits: RateLimitService,
    private readonly notifications: NotificationsService,
  ) {}

  register(type: ModerationTarget, handler: ModerationTargetHandler) {
    this.handlers.set(type, handler);
  }

  /** Adds a line to the audit log inside the caller's transaction (status changes, decisions...). */
  async audit(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // clock_timestamp(), not now(): several entries of one transaction (report, then auto-hide) keep their order in the log.
    await manager
      .getRepository(ModerationActionEntity)
      .insert({ ...entry, reason: entry.reason ?? '', data: (entry.data ?? {}) as never, createdAt: () => 'clock_timestamp()' });
  }

  /**
   * A hide or restore decided elsewhere (a facilitator in a live room), inside the caller's transaction: the
   * content joins the moderation queue's hidden list and the log, like a decision taken from the queue.
   */
  async recordElsewhere(manager: EntityManager, entry: AuditEntry & { action: 'hide' | 'restore' }): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, hidden) VALUES ($1, $2, 0, $3)
       ON CONFLICT (target_type, target_id) DO UPDATE SET hidden = $3, updated_at = now()`,
      [entry.targetType, entry.targetId, entry.action === 'hide'],
    );
    await this.audit(manager, entry);
  }

  /** A report; the same person reporting twice counts once. Enough reports hide the content pending review. */
  async report(actor: UserEntity, input: Parsed<typeof reportRequestSchema>) {
    const handler = this.handler(input.targetType);
    await this.limits.consume(`moderation:report:${actor.id}`, 30, 3600);
    let autoHidden = false;
    const delivery = await this.db.transaction(async (manager) => {
      const subject = (await handler.load(manager, [input.targetId])).get(input.targetId);
      if (!subject) throw AppError.notFound();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ModerationReportEntity)
        .values({
          targetType: input.targetType,
          targetId: input.targetId,
          reporterId: actor.id,
          reason: input.reason,
          details: input.details,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) return null;
      const [state] = await manager.query(
        `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, last_report_at) VALUES ($1, $2, 1, now())
         ON CONFLICT (target_type, target_id) DO UPDATE SET open_reports = c.open_reports + 1, last_report_at = now(), updated_at = now()
         RETURNING open_reports, hidden`,
        [input.targetType, input.targetId],
      );
      await this.audit(manager, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: 'report',
        reason: input.reason,
        data: input.details ? { details: input.details } : {},
        actorId: actor.id,
      });
      if (state.hidden || subject.hidden || state.open_reports < this.env.MODERATION_AUTO_HIDE_REPORTS) return null;
      await handler.setHidden(manager, input.targetId, true);
      await manager.query(`UPDATE moderation_cases SET hidden = true, updated_at = now() WHERE target_type = $1 AND target_id = $2`, [
        input.targetType,
        input.targetId,
      ]);
      await this.audit(manager, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: 'auto_hide',
        reason: 'reports',
        data: { reports: state.open_reports },
        actorId: null,
      });
      autoHidden = true;
      return this.notifyAuthor(manager, subject, 'content_hidden', '');
    });
    await delivery?.deliver();
    if (autoHidden) await handler.afterChange?.(input.targetId, true);
    return { reported: true };
  }

  /** Hide, restore or dismiss the reports on a piece of content, with a reason (officials). */
  async decide(actor: UserEntity, input: ModerationDecision) {
    if (!ModerationPolicy.canModerate(actor)) throw AppError.forbidden();
    const handler = this.handler(input.targetType);
    let changed: boolean | null = null;
    const delivery = await this.db.transaction(async (manager) => {
      const subject = (await handler.load(manager, [input.targetId])).get(input.targetId);
      if (!subject) throw AppError.notFound();
      const hidden = input.action === 'hide' ? true : input.action === 'restore' ? false : subject.hidden;
      if (hidden !== subject.hidden) await handler.setHidden(manager, input.targetId, hidden, input.reason);
      await manager.query(
        `INSERT INTO moderation_cases AS c (target_type, target_id, open_reports, hidden) VALUES ($1, $2, 0, $3)
         ON CONFLICT (target_type, target_id) DO UPDATE SET open_reports = 0, hidden = $3, updated_at = now()`,
        [input.targetType, input.targetId, hidden],
      );
      await manager.query(
        `UPDATE moderation_reports SET resolved_at = now() WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
        [input.targetType, input.targetId],
      );
      await this.audit(manager, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: input.action,
        reason: input.reason,
        actorId: actor.id,
      });
      if (hidden === subject.hidden) return null;
      changed = hidden;
      return this.notifyAuthor(manager, subject, hidden ? 'content_hidden' : 'content_restored', input.reason);
    });
    await delivery?.deliver();
    if (changed !== null) await handler.afterChange?.(input.targetId, changed);
    const subject = (await handler.load(this.db.manager, [input.targetId])).get(input.targetId)!;
    return { hidden: subject.hidden };
  }

  /** Content with open reports (or hidden content), most recently reported first. */
  async queue(
    actor: UserEntity,
    query: Parsed<typeof moderationQueueQuerySchema>,
  ): Promise<{ items: ModerationItem[]; nextCursor: string | null }> {
    if (!ModerationPolicy.canModerate(actor)) throw AppError.forbidden();
    const open = query.state === 'open';
    const sortColumn = open ? 'c.last_report_at' : 'c.updated_at';
    const params: unknown[] = [];
    const where = [open ? 'c.open_reports > 0' : 'c.hidden'];
    if (query.targetType) where.push(`c.target_type = $${params.push(query.targetType)}`);
    const after = decodeCursor(query.cursor, 2);
    if (after) where.push(`(${sortColumn}, c.target_id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: {
      target_type: ModerationTarget;
      target_id: string;
      open_reports: number;
      hidden: boolean;
      last_report_at: Date | null;
      sort_at: Date;
    }[] = await this.db.query(
      `SELECT c.target_type, c.target_id, c.open_reports, c.hidden, c.last_report_at, ${sortColumn} AS sort_at FROM moderation_cases c
       WHERE ${where.join(' AND ')} ORDER BY ${sortColumn} DESC, c.target_id DESC LIMIT ${query.limit + 1}`,
      params,
    );
    const page = toPage(rows, query.limit, (r) => [new Date(r.sort_at).toISOString(), r.target_id]);
    const ids = page.items.map((r) => r.target_id);
    const reasons: { target_id: string; reason: ReportReason; n: string; details: string[] }[] = ids.length
      ? await this.db.query(
          `SELECT target_id, reason, count(*) AS n, array_remove(array_agg(NULLIF(details, '')), NULL) AS details FROM moderation_reports
           WHERE target_id = ANY($1) AND resolved_at IS NULL GROUP BY target_id, reason`,
          [ids],
        )
      : [];
    const subjects = new Map<string, ModerationSubject>();
    for (const type of new Set(page.items.map((r) => r.target_type))) {
      const handler = this.handlers.get(type);
      if (!handler) continue;
      for (const [id, s] of await handler.load(
        this.db.manager,
        page.items.filter((r) => r.target_type === type).map((r) => r.target_id),
      ))
        subjects.set(id, s);
    }
    const items = page.items.map((r): ModerationItem => {
      const s = subjects.get(r.target_id);
      const mine = reasons.filter((x) => x.target_id === r.target_id);
      return {
        targetType: r.target_type,
        targetId: r.target_id,
        excerpt: s ? excerpt(s.excerpt) : '',
        link: s?.link ?? null,
        author: s?.authorId ? { id: s.authorId, displayName: s.authorName ?? '' } : null,
        openReports: r.open_reports,
        reasons: Object.fromEntries(mine.map((x) => [x.reason, Number(x.n)])),
        details: mine.flatMap((x) => x.details).slice(0, 10),
        hidden: r.hidden,
        lastReportAt: r.last_report_at ? new Date(r.last_report_at).toISOString() : null,
      };
    });
    return { items, nextCursor: page.nextCursor };
  }

  /** The audit log, newest first; one target's history with targetType + targetId. */
  async log(
    actor: UserEntity,
    query: Parsed<typeof moderationLogQuerySchema>,
  ): Promise<{ items: ModerationLogEntry[]; nextCursor: string | null }> {
    if (!ModerationPolicy.canModerate(actor)) throw AppError.forbidden();
    const qb = this.db.getRepository(ModerationActionEntity).createQueryBuilder('a').leftJoinAndSelect('a.actor', 'actor');
    if (query.targetType) qb.andWhere('a.target_type = :type', { type: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :id', { id: query.targetId });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(a.created_at, a.id) < (:at, :aid)', { at: after[0], aid: after[1] });
    const rows = await qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (a) => [a.createdAt.toISOString(), a.id]);
    return {
      items: page.items.map((a) => ({
        id: a.id,
        targetType: a.targetType,
        targetId: a.targetId,
        action: a.action,
        reason: a.reason,
        data: a.data,
        actor: a.actor ? { id: a.actor.id, displayName: a.actor.displayName } : null,
        at: a.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }

  private handler(type: ModerationTarget): ModerationTargetHandler {
    const handler = this.handlers.get(type);
    if (!handler) throw AppError.notFound();
    return handler;
  }

  private notifyAuthor(manager: EntityManager, subject: ModerationSubject, kind: 'content_hidden' | 'content_restored', reason: string) {
    if (!subject.authorId) return null;
    const input: NotificationInput = {
      userId: subject.authorId,
      kind,
      params: { excerpt: excerpt(subject.excerpt), reason },
      link: subject.link,
    };
    return this.notifications.create(manager, [input]);
  }
}
