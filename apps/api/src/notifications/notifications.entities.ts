import { NotificationEntity } from './notification.entity';

export const NOTIFICATION_ENTITIES = [NotificationEntity];
