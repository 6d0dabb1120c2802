import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutboxMail, outboxQuerySchema } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { OutboxMailEntity } from './outbox-mail.entity';
import type { Parsed } from '../core/errors/zod-validation';

/** The admins' outbox: e-mails kept when no mail server is configured. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: Parsed<typeof outboxQuerySchema>): Promise<{ items: OutboxMail[]; nextCursor: string | null }> {
    const qb = this.db.getRepository(OutboxMailEntity).createQueryBuilder('m');
    if (query.to) qb.where('m.recipient = :to', { to: query.to.toLowerCase() });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (m) => [m.createdAt.toISOString(), m.id]);
    return {
      items: page.items.map((m) => ({ id: m.id, to: m.recipient, subject: m.subject, text: m.text, createdAt: m.createdAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  }
}
