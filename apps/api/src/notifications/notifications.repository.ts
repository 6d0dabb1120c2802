import { In, IsNull, type EntityManager } from 'typeorm';
import type { Notification, NotificationKind } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';
import { toNotification } from './notification.mapper';
import { keysetPage } from '../core/database/keyset-page';

/** A notification to store. */
export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
}

/** A page of a person's notifications, newest first. */
export interface NotificationPageQuery {
  userId: string;
  unread: boolean;
  after: (string | number)[] | undefined;
  limit: number;
}

/** The notification centre's SQL. */
export class NotificationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get notifications() {
    return this.manager.getRepository(NotificationEntity);
  }

  insertMany(rows: NewNotification[]): Promise<NotificationEntity[]> {
    return this.notifications.save(rows.map((r) => this.notifications.create(r)));
  }

  /** Unread notifications per person, for the given people (absent: none). */
  async unreadCounts(userIds: string[]): Promise<Map<string, number>> {
    const rows: { user_id: string; n: string }[] = await this.manager.query(
      `SELECT user_id, count(*) AS n FROM notifications WHERE user_id = ANY($1) AND read_at IS NULL GROUP BY user_id`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.user_id, Number(r.n)]));
  }

  /** Where and in which language to e-mail the given people. */
  recipients(userIds: string[]): Promise<Pick<UserEntity, 'id' | 'email' | 'preferredLanguage'>[]> {
    return this.manager
      .getRepository(UserEntity)
      .find({ where: { id: In(userIds) }, select: { id: true, email: true, preferredLanguage: true } });
  }

  async markEmailed(id: string): Promise<void> {
    await this.notifications.update({ id }, { emailedAt: new Date() });
  }

  /** One more row than the limit, to know whether a next page exists. */
  async page(q: NotificationPageQuery): Promise<Notification[]> {
    const qb = this.notifications.createQueryBuilder('n').where('n.user_id = :user', { user: q.userId });
    if (q.unread) qb.andWhere('n.read_at IS NULL');
    const rows = await keysetPage(qb, { alias: 'n', column: 'created_at', after: q.after, limit: q.limit, direction: 'DESC' }).getMany();
    return rows.map(toNotification);
  }

  findOf(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id, userId });
  }

  async markRead(id: string): Promise<void> {
    await this.notifications.update({ id, readAt: IsNull() }, { readAt: new Date() });
  }

  async markAllRead(userId: string): Promise<void> {
    await this.notifications.update({ userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
