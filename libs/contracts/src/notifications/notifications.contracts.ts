import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';

/**
 * In-app notifications (generic: any feature adds its kinds). The web renders each kind from its
 * i18n key `notifications.kinds.<kind>` in the `proposals` catalog with `params`; e-mails use the same.
 */
export const NOTIFICATION_KINDS = [
  'proposal_invitation',
  'proposal_invitation_answered',
  'proposal_submitted',
  'proposal_status',
  'proposal_comment',
  'content_hidden',
  'content_restored',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.string()),
  /** Where clicking it goes (a path of the web app). */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema
  .extend({
    unread: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export const unreadCountSchema = z.object({ unread: z.number() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** Socket event pushed to the `user:<id>` room when a notification is created. */
export const NOTIFICATION_EVENT = 'notification:new' as const;
export const notificationEventSchema = z.object({ notification: notificationSchema, unread: z.number() });
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
/** Server -> client (push only: the client sends nothing on this feature's sockets). */
export interface NotificationServerToClientEvents {
  [NOTIFICATION_EVENT]: (event: NotificationEvent) => void;
}
