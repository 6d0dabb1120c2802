import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutboxMail, outboxQuerySchema } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { OutboxRepository } from './outbox.repository';
import type { Parsed } from '../core/errors/zod-validation';

/** The admins' outbox: e-mails kept when no mail server is configured. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: Parsed<typeof outboxQuerySchema>): Promise<{ items: OutboxMail[]; nextCursor: string | null }> {
    const rows = await new OutboxRepository(this.db.manager).page({
      to: query.to?.toLowerCase(),
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    return toPage(rows, query.limit, (m) => [m.createdAt, m.id]);
  }
}
