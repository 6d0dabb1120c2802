import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, auditQuerySchema } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { AuditRepository } from './audit.repository';
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
    await new AuditRepository(manager).insert({
      actorId: entry.actorId,
      action: entry.action,
      targetUserId: entry.targetUserId ?? null,
      details: entry.details ?? {},
    });
  }

  /** Newest first, filtered by actor (id, name or e-mail), action and day range (inclusive). */
  async list(query: Parsed<typeof auditQuerySchema>) {
    const rows = await new AuditRepository(this.db.manager).page({ ...query, after: decodeCursor(query.cursor, 2) });
    return toPage(rows, query.limit, (r) => [r.createdAt, r.id]);
  }
}
