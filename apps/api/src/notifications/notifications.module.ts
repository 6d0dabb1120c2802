import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailerService } from './mailer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';

/** Global: any feature notifies people through NotificationsService. */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsGateway, MailerService, OutboxService],
  exports: [NotificationsService, MailerService, OutboxService],
})
export class NotificationsModule {}
