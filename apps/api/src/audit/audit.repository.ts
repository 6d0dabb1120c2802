import type { EntityManager } from 'typeorm';
import type { AuditEntry, auditQuerySchema } from '@polyphony/contracts';
import { isUuid } from '../core/http/params';
import type { Parsed } from '../core/errors/zod-validation';
import { AuditEntryEntity } from './audit-entry.entity';
import { toAuditEntry, type AuditRow } from './audit.mapper';

/** A page of the log: the list's filters and the keyset after which to read. */
export type AuditPageQuery = Pick<Parsed<typeof auditQuerySchema>, 'actor' | 'action' | 'from' | 'to' | 'limit'> & {
  after: (string | number)[] | undefined;
};

/** The audit log's SQL. */
export class AuditRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(entry: Pick<AuditEntryEntity, 'actorId' | 'action' | 'targetUserId' | 'details'>): Promise<void> {
    await this.manager.getRepository(AuditEntryEntity).insert({ ...entry, details: entry.details as AuditEntryEntity['details'] & object });
  }

  /** Newest first, filtered by actor (id, name or e-mail), action and day range (inclusive); one more row than the limit. */
  async page(query: AuditPageQuery): Promise<AuditEntry[]> {
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
    if (query.after) where.push(`(a.created_at, a.id) < (${p(query.after[0])}::timestamptz, ${p(query.after[1])}::uuid)`);
    const rows: AuditRow[] = await this.manager.query(
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
    return rows.map(toAuditEntry);
  }
}
