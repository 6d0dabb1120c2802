import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ModerationAction,
  ModerationDecision,
  ModerationItem,
  ModerationLogEntry,
  ModerationTarget,
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
import { ModerationRepository } from './moderation.repository';
import { excerpt, toModerationItem, toModerationLogEntry } from './moderation.mapper';
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
    await new ModerationRepository(manager).insertAction(entry);
  }

  /**
   * A hide or restore decided elsewhere (a facilitator in a live room), inside the caller's transaction: the
   * content joins the moderation queue's hidden list and the log, like a decision taken from the queue.
   */
  async recordElsewhere(manager: EntityManager, entry: AuditEntry & { action: 'hide' | 'restore' }): Promise<void> {
    await new ModerationRepository(manager).setCaseHidden(entry.targetType, entry.targetId, entry.action === 'hide');
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
      const repo = new ModerationRepository(manager);
      const reported = await repo.insertReport(actor.id, {
        targetType: input.targetType,
        targetId: input.targetId,
        reason: input.reason,
        details: input.details,
      });
      if (!reported) return null;
      const state = await repo.countReport(input.targetType, input.targetId);
      await this.audit(manager, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: 'report',
        reason: input.reason,
        data: input.details ? { details: input.details } : {},
        actorId: actor.id,
      });
      if (state.hidden || subject.hidden || state.openReports < this.env.MODERATION_AUTO_HIDE_REPORTS) return null;
      await handler.setHidden(manager, input.targetId, true);
      await repo.hideCase(input.targetType, input.targetId);
      await this.audit(manager, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: 'auto_hide',
        reason: 'reports',
        data: { reports: state.openReports },
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
      await new ModerationRepository(manager).closeCase(input.targetType, input.targetId, hidden);
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
    const repo = new ModerationRepository(this.db.manager);
    const rows = await repo.cases({
      open: query.state === 'open',
      targetType: query.targetType,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [new Date(r.sort_at).toISOString(), r.target_id]);
    const reasons = await repo.openReasons(page.items.map((r) => r.target_id));
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
    const items = page.items.map((r) =>
      toModerationItem(
        r,
        subjects.get(r.target_id),
        reasons.filter((x) => x.target_id === r.target_id),
      ),
    );
    return { items, nextCursor: page.nextCursor };
  }

  /** The audit log, newest first; one target's history with targetType + targetId. */
  async log(
    actor: UserEntity,
    query: Parsed<typeof moderationLogQuerySchema>,
  ): Promise<{ items: ModerationLogEntry[]; nextCursor: string | null }> {
    if (!ModerationPolicy.canModerate(actor)) throw AppError.forbidden();
    const rows = await new ModerationRepository(this.db.manager).log({
      targetType: query.targetType,
      targetId: query.targetId,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (a) => [a.createdAt.toISOString(), a.id]);
    return { items: page.items.map(toModerationLogEntry), nextCursor: page.nextCursor };
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
