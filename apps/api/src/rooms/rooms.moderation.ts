import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService } from '../moderation/moderation.service';
import { RoomMessagesRepository } from './room-messages.repository';
import { RoomMessagesService } from './room-messages.service';
import { RoomsBroadcaster } from './rooms.broadcaster';

/**
 * Registers room messages as content the moderation queue shows (a facilitator's hide lands there, with its
 * link to the room) and can restore or hide. A change made from the queue takes the room's next revision and
 * reaches the people in the room at once, with the same event as a facilitator's hide.
 */
@Injectable()
export class RoomsModeration implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moderation: ModerationService,
    private readonly contributions: ContributionsService,
    private readonly messages: RoomMessagesService,
    private readonly broadcaster: RoomsBroadcaster,
  ) {}

  onModuleInit() {
    this.moderation.register('room_message', {
      load: (manager, ids) => new RoomMessagesRepository(manager).moderationSubjects(ids),
      setHidden: async (manager, id, hidden, reason) => {
        if (!(await new RoomMessagesRepository(manager).moderate(id, hidden, reason ?? null))) return;
        await this.contributions.setHidden(manager, 'room_message', id, hidden);
      },
      afterChange: async (id) => {
        const message = await this.messages.load(this.db.manager, id);
        if (message) this.broadcaster.emit(message.roomId, 'message:updated', { ...message, myReactions: [] });
      },
    });
  }
}
