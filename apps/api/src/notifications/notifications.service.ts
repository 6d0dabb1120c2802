import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, type Language, type NotificationKind, type notificationListQuerySchema } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import type { UserEntity } from '../users/user.entity';
import type { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';
import { toNotification } from './notification.mapper';
import { NotificationsGateway } from './notifications.gateway';
import { MailerService } from './mailer.service';
import type { Parsed } from '../core/errors/zod-validation';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  params?: Record<string, string>;
  link?: string | null;
}

/** What `create` returns: call `deliver()` once the transaction has committed. */
export interface PendingDelivery {
  notifications: NotificationEntity[];
  deliver: () => Promise<void>;
}

/**
 * The in-app notification centre, for every feature. `create` writes inside the caller's
 * transaction; `deliver` (after commit) pushes each one to its person's sockets and e-mails it
 * when SMTP_URL is set, so nobody hears of something that was rolled back.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('notifications');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: NotificationsGateway,
    private readonly mailer: MailerService,
  ) {}

  async create(manager: EntityManager, inputs: NotificationInput[]): Promise<PendingDelivery> {
    const unique = new Map(inputs.map((i) => [`${i.userId}:${i.kind}`, i]));
    const rows = unique.size
      ? await new NotificationsRepository(manager).insertMany(
          [...unique.values()].map((i) => ({ userId: i.userId, kind: i.kind, params: i.params ?? {}, link: i.link ?? null })),
        )
      : [];
    return { notifications: rows, deliver: () => this.deliver(rows) };
  }

  /** Socket push (with the new unread count) and e-mail; failures are logged, never thrown. */
  async deliver(rows: NotificationEntity[]): Promise<void> {
    if (!rows.length) return;
    try {
      const userIds = [...new Set(rows.map((r) => r.userId))];
      const counts = await this.unreadCounts(userIds);
      for (const row of rows) this.gateway.push(row.userId, { notification: toNotification(row), unread: counts.get(row.userId) ?? 0 });
      if (!this.mailer.enabled) return;
      const users = await this.repo().recipients(userIds);
      const byId = new Map(users.map((u) => [u.id, u]));
      for (const row of rows) {
        const user = byId.get(row.userId);
        if (!user?.email) continue;
        const lang: Language = (LANGUAGES as readonly string[]).includes(user.preferredLanguage) ? user.preferredLanguage : 'fr';
        const subject = translate(lang, `proposals:notifications.kinds.${row.kind}`, row.params);
        const text = [
          subject,
          '',
          row.link ? translate(lang, 'proposals:notifications.email.open', { link: row.link }) : '',
          '',
          translate(lang, 'proposals:notifications.email.footer'),
        ].join('\n');
        if (await this.mailer.send({ to: user.email, subject, text })) await this.repo().markEmailed(row.id);
      }
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'notification delivery failed');
    }
  }

  async list(user: UserEntity, query: Parsed<typeof notificationListQuerySchema>) {
    const rows = await this.repo().page({
      userId: user.id,
      unread: Boolean(query.unread),
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    return toPage(rows, query.limit, (n) => [n.createdAt, n.id]);
  }

  async unreadCount(user: UserEntity) {
    return { unread: (await this.unreadCounts([user.id])).get(user.id) ?? 0 };
  }

  async markRead(user: UserEntity, id: string) {
    const found = await this.repo().findOf(user.id, id);
    if (!found) throw AppError.notFound();
    if (!found.readAt) await this.repo().markRead(id);
    return this.unreadCount(user);
  }

  async markAllRead(user: UserEntity) {
    await this.repo().markAllRead(user.id);
    return { unread: 0 };
  }

  private async unreadCounts(userIds: string[]): Promise<Map<string, number>> {
    return this.repo().unreadCounts(userIds);
  }

  private repo() {
    return new NotificationsRepository(this.db.manager);
  }
}
