import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService, type ModerationSubject } from '../moderation/moderation.service';

/**
 * Registers room messages as content the moderation queue shows (a facilitator's hide lands there, with its
 * link to the room) and can restore or hide. A change made from the queue reaches live readers on their next load.
 */
@Injectable()
export class RoomsModeration implements OnModuleInit {
  constructor(
    private readonly moderation: ModerationService,
    private readonly contributions: ContributionsService,
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
      setHidden: async (manager, id, hidden) => {
        await manager.query(
          `UPDATE room_messages SET hidden_at = ${hidden ? 'now()' : 'NULL'}, hidden_reason = ${hidden ? 'hidden_reason' : 'NULL'} WHERE id = $1`,
          [id],
        );
        await this.contributions.setHidden(manager, 'room_message', id, hidden);
      },
    });
  }
}
