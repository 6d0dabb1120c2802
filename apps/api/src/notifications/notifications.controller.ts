import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { notificationListQuerySchema, NOTIFICATIONS_ROUTES } from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { NotificationsService } from './notifications.service';
import { UuidParam } from '../core/http/params';

@ApiTags('notifications')
@Controller()
@SignedIn()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Route(NOTIFICATIONS_ROUTES.list)
  @ApiOperation({ summary: 'My notifications, newest first (keyset pages)' })
  list(@CurrentUser() user: UserEntity, @ZodQuery(notificationListQuerySchema) query: Parsed<typeof notificationListQuerySchema>) {
    return this.notifications.list(user, query);
  }

  @Route(NOTIFICATIONS_ROUTES.unread)
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  unread(@CurrentUser() user: UserEntity) {
    return this.notifications.unreadCount(user);
  }

  @Route(NOTIFICATIONS_ROUTES.readAll)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  readAll(@CurrentUser() user: UserEntity) {
    return this.notifications.markAllRead(user);
  }

  @Route(NOTIFICATIONS_ROUTES.read)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read' })
  read(@CurrentUser() user: UserEntity, @Param('id', UuidParam) id: string) {
    return this.notifications.markRead(user, id);
  }
}
