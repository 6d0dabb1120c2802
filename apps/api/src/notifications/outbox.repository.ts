import type { EntityManager } from 'typeorm';
import type { OutboxMail } from '@polyphony/contracts';
import { OutboxMailEntity } from './outbox-mail.entity';
import { toOutboxMail } from './notification.mapper';

/** An e-mail to keep for the admins (no mail server configured). */
export type NewOutboxMail = Pick<OutboxMailEntity, 'recipient' | 'subject' | 'text'>;

/** A page of the outbox, newest first, optionally for one recipient (lower-cased). */
export interface OutboxPageQuery {
  to: string | undefined;
  after: (string | number)[] | undefined;
  limit: number;
}

/** The admins' outbox's SQL. */
export class OutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  private get mails() {
    return this.manager.getRepository(OutboxMailEntity);
  }

  async insert(mail: NewOutboxMail): Promise<void> {
    await this.mails.insert(mail);
  }

  /** One more row than the limit, to know whether a next page exists. */
  async page(q: OutboxPageQuery): Promise<OutboxMail[]> {
    const qb = this.mails.createQueryBuilder('m');
    if (q.to) qb.where('m.recipient = :to', { to: q.to });
    if (q.after) qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at: q.after[0], id: q.after[1] });
    const rows = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(q.limit + 1)
      .getMany();
    return rows.map(toOutboxMail);
  }
}
