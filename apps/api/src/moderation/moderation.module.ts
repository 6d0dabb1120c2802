import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Global: features register their kinds of content and write to the audit log through ModerationService. */
@Global()
@Module({ imports: [AuthModule], controllers: [ModerationController], providers: [ModerationService], exports: [ModerationService] })
export class ModerationModule {}
