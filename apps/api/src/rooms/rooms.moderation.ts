import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService, type ModerationSubject } from '../moderation/moderation.service';
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
      load: async (manager, ids) => {
        const rows: {
          id: string;
          room_id: string;
          body: string;
          author_id: string | null;
          display_name: string | null;
          hidden_at: Date | null;
        }[] = ids.length
          ? await manager.query(
              `SELECT m.id, m.room_id, m.body, m.author_id, u.display_name, m.hidden_at FROM room_messages m
                 LEFT JOIN users u ON u.id = m.author_id WHERE m.id = ANY($1) AND m.deleted_at IS NULL`,
              [ids],
            )
          : [];
        return new Map(
          rows.map((r): [string, ModerationSubject] => [
            r.id,
            {
              excerpt: r.body,
              link: `/rooms/${r.room_id}`,
              authorId: r.author_id,
              authorName: r.display_name,
              hidden: Boolean(r.hidden_at),
            },
          ]),
        );
      },
      setHidden: async (manager, id, hidden, reason) => {
        // The room's next revision first (the order an in-room change takes its locks in), then the message.
        const [[room]]: [{ last_rev: number }[]] = await manager.query(
          `UPDATE rooms SET last_rev = last_rev + 1 WHERE id = (SELECT room_id FROM room_messages WHERE id = $1) RETURNING last_rev`,
          [id],
        );
        if (!room) return;
        await manager.query(
          hidden
            ? `UPDATE room_messages SET hidden_at = now(), hidden_reason = coalesce(left($3, 300), hidden_reason), pinned_at = NULL, rev = $2 WHERE id = $1`
            : `UPDATE room_messages SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL, rev = $2 WHERE id = $1`,
          hidden ? [id, room.last_rev, reason ?? null] : [id, room.last_rev],
        );
        await this.contributions.setHidden(manager, 'room_message', id, hidden);
      },
      afterChange: async (id) => {
        const message = await this.messages.load(this.db.manager, id);
        if (message) this.broadcaster.emit(message.roomId, 'message:updated', { ...message, myReactions: [] });
      },
    });
  }
}
