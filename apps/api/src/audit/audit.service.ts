import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditEntry, auditQuerySchema } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { AuditEntryEntity } from './audit-entry.entity';
import { isUuid } from '../core/http/params';
import type { Parsed } from '../core/errors/zod-validation';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  targetUserId?: string | null;
  details?: Record<string, unknown>;
}

/** The administration audit log: written inside the transaction of what it records. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert({
      actorId: entry.actorId,
      action: entry.action,
      targetUserId: entry.targetUserId ?? null,
      details: (entry.details ?? {}) as AuditEntryEntity['details'] & object,
    });
  }

  /** Newest first, filtered by actor (id, name or e-mail), action and day range (inclusive). */
  async list(query: Parsed<typeof auditQuerySchema>) {
    const params: unknown[] = [];
    const where: string[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (query.actor) {
      if (isUuid(query.actor)) where.push(`a.actor_id = ${p(query.actor)}`);
      else {
        const like = p(`%${query.actor.replace(/[%_\\]/g, '\\$&')}%`);
        where.push(`(actor.display_name ILIKE ${like} OR actor.email ILIKE ${like})`);
      }
    }
    if (query.action) where.push(`a.action = ${p(query.action)}`);
    if (query.from) where.push(`a.created_at >= ${p(query.from)}::date`);
    if (query.to) where.push(`a.created_at < ${p(query.to)}::date + 1`);
    const after = decodeCursor(query.cursor, 2);
    if (after) where.push(`(a.created_at, a.id) < (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    const rows: Array<Record<string, any>> = await this.db.query(
      `SELECT a.id, a.action, a.details, a.created_at, a.actor_id, actor.display_name AS actor_name,
              a.target_user_id, target.display_name AS target_name
       FROM audit_log a
       LEFT JOIN users actor ON actor.id = a.actor_id
       LEFT JOIN users target ON target.id = a.target_user_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.created_at DESC, a.id DESC
       LIMIT ${p(query.limit + 1)}`,
      params,
    );
    const page = toPage(rows, query.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
    return {
      items: page.items.map((r): AuditEntry => ({
        id: r.id,
        action: r.action,
        actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
        target: r.target_user_id ? { id: r.target_user_id, displayName: r.target_name ?? '' } : null,
        details: r.details ?? {},
        createdAt: new Date(r.created_at).toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
