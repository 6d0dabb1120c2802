import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';
import { RoomMessagesService } from './room-messages.service';
import { RoomLiveService } from './room-live.service';
import { RoomTranscriptService } from './room-transcript.service';
import { RoomsBroadcaster } from './rooms.broadcaster';
import { RoomsGateway } from './rooms.gateway';
import { RoomAccessRecheck } from './room-access.recheck';
import { RoomTranslations } from './room-translations';
import { RoomsModeration } from './rooms.moderation';

@Module({
  imports: [ConsultationsModule, AuthModule],
  controllers: [RoomsController],
  providers: [
    RoomsService,
    RoomMessagesService,
    RoomLiveService,
    RoomTranscriptService,
    RoomsBroadcaster,
    RoomsGateway,
    RoomAccessRecheck,
    RoomTranslations,
    RoomsModeration,
  ],
})
export class RoomsModule {}
