import type { Notification } from '@polyphony/contracts';
import type { NotificationEntity } from './notification.entity';

export const toNotification = (n: NotificationEntity): Notification => ({
  id: n.id,
  kind: n.kind,
  params: n.params,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});
