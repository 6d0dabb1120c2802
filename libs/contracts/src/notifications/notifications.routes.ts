import { route } from '../common/routes';
import { notificationListQuerySchema } from './notifications.contracts';
import type { Page } from '../common/pagination';
import type { Notification, UnreadCount } from './notifications.contracts';

/** NotificationsController (notifications/notifications.controller.ts). */
export const NOTIFICATIONS_ROUTES = {
  list: route('GET', '/notifications', { query: notificationListQuerySchema }).returns<Page<Notification>>(),
  unread: route('GET', '/notifications/unread-count').returns<UnreadCount>(),
  readAll: route('POST', '/notifications/read-all').returns<UnreadCount>(),
  read: route('POST', '/notifications/:id/read').returns<UnreadCount>(),
} as const;
