import type { Notification, OutboxMail } from '@polyphony/contracts';
import type { NotificationEntity } from './notification.entity';
import type { OutboxMailEntity } from './outbox-mail.entity';

export const toNotification = (n: NotificationEntity): Notification => ({
  id: n.id,
  kind: n.kind,
  params: n.params,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

export const toOutboxMail = (m: OutboxMailEntity): OutboxMail => ({
  id: m.id,
  to: m.recipient,
  subject: m.subject,
  text: m.text,
  createdAt: m.createdAt.toISOString(),
});
