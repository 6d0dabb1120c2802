import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ROOM_LIMITS, type MessageSendPayload, type ReactionKind, type RoomMessage, type StakeholderCategory } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { RateLimitService } from '../auth/rate-limit.service';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService } from '../moderation/moderation.service';
import { contributionLanguage, freshContributionCte } from '../contributions/fresh-contribution-cte';
import { MESSAGE_SELECT, toRoomMessage, type MessageRow } from './room.mapper';
import { RoomsPolicy } from './rooms.policy';

/** The person speaking, as known when they entered the room. */
export interface Speaker {
  userId: string;
  category: StakeholderCategory;
  country: string | null;
  organisation: { id: string; name: string } | null;
  /** Facilitators are exempt from slow mode (not from the flood limit). */
  facilitator: boolean;
}

const UNIQUE_VIOLATION = '23505';

interface SendRow {
  verdict: 'not_found' | 'duplicate' | 'not_open' | 'muted' | 'flood' | 'slow' | 'bad_reply' | 'ok';
  oldest_recent: Date | null;
  last_here: Date | null;
  slow_mode_seconds: number;
  id: string | null;
  seq: number | null;
  rev: number | null;
  agenda_index: number | null;
  language: string | null;
  created_at: Date | null;
  author_name: string | null;
  organisation_name: string | null;
  reply_seq: number | null;
  reply_author: string | null;
  reply_body: string | null;
  reply_gone: boolean | null;
}

/**
 * Messages of rooms: every write runs in one transaction that takes the room's row lock to
 * draw the next sequence / revision number, so order holds across API processes; the
 * contribution synthesis reads is written in the same transaction.
 */
@Injectable()
export class RoomMessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contributions: ContributionsService,
    private readonly moderation: ModerationService,
  ) {}

  /**
   * Stores a message once per (room, author, client id); a retry answers the stored one with `duplicate`.
   * One statement, so one round trip and its own transaction: the checks (open room, mute, flood
   * limit, slow mode, reply in this room), the room's row lock with the next sequence and revision,
   * the message, its contribution and the balance aggregate. The lock is held for the statement
   * only; the sequence has no gaps because a failed insert rolls the counter back with it.
   */
  async send(roomId: string, speaker: Speaker, input: MessageSendPayload): Promise<{ message: RoomMessage; duplicate: boolean }> {
    const id = randomUUID();
    const text = input.body.trim();
    try {
      // The author's flood limit is counted in this statement; the author's rate-limit lock makes the
      // count and the insert one atomic step (parallel sends from many sockets cannot all pass).
      const [r]: SendRow[] = await this.db.transaction(async (manager) => {
        await RateLimitService.lock(manager, `rooms:messages:${speaker.userId}`);
        return manager.query(
          `WITH room AS (
           SELECT status, slow_mode_seconds FROM rooms WHERE id = $1
         ), existing AS (
           SELECT id FROM room_messages WHERE room_id = $1 AND author_id = $3 AND client_id = $2
         ), limits AS (
           SELECT (SELECT muted_at IS NOT NULL FROM room_participants WHERE room_id = $1 AND user_id = $3) AS muted,
                  count(*) FILTER (WHERE created_at > now() - make_interval(secs => $9))::int AS recent,
                  min(created_at) FILTER (WHERE created_at > now() - make_interval(secs => $9)) AS oldest_recent,
                  max(created_at) FILTER (WHERE room_id = $1) AS last_here
             FROM room_messages WHERE author_id = $3 AND created_at > now() - make_interval(secs => greatest($9, coalesce((SELECT slow_mode_seconds FROM room), 0)))
         ), reply AS (
           SELECT r.seq, r.body, (r.hidden_at IS NOT NULL OR r.deleted_at IS NOT NULL) AS gone, ru.display_name AS author
             FROM room_messages r LEFT JOIN users ru ON ru.id = r.author_id WHERE r.id = $8 AND r.room_id = $1
         ), verdict AS (
           SELECT CASE
                    WHEN NOT EXISTS (SELECT 1 FROM room) THEN 'not_found'
                    WHEN EXISTS (SELECT 1 FROM existing) THEN 'duplicate'
                    WHEN (SELECT status FROM room) <> 'open' THEN 'not_open'
                    WHEN l.muted THEN 'muted'
                    WHEN l.recent >= $10 THEN 'flood'
                    WHEN NOT $11 AND (SELECT slow_mode_seconds FROM room) > 0 AND l.last_here IS NOT NULL
                         AND l.last_here > now() - make_interval(secs => (SELECT slow_mode_seconds FROM room)) THEN 'slow'
                    WHEN $8::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reply) THEN 'bad_reply'
                    ELSE 'ok' END AS verdict,
                  l.oldest_recent, l.last_here
             FROM limits l
         ), numbers AS (
           UPDATE rooms SET last_seq = last_seq + 1, last_rev = last_rev + 1
            WHERE id = $1 AND status = 'open' AND (SELECT verdict FROM verdict) = 'ok'
           RETURNING last_seq, last_rev, current_agenda_index, consultation_id
         ), message AS (
           INSERT INTO room_messages (id, room_id, seq, rev, client_id, author_id, author_category, organisation_id, body, reply_to_id, agenda_index, language)
           SELECT $12, $1, last_seq, last_rev, $2, $3, $4, $6, $7, $8, current_agenda_index, $14 FROM numbers
           RETURNING id, seq, rev, agenda_index, language, created_at
         ), fresh_contribution AS (
           SELECT 'room_message' AS source, m.id::text AS source_ref, n.consultation_id, $13::text AS text, $14::varchar AS language,
                  $4::varchar AS category, $5::char(2) AS country, $3::uuid AS author_user_id, $6::uuid AS author_organisation_id,
                  NULL::varchar AS author_label, false AS key_point
             FROM message m, numbers n
         ), ${freshContributionCte('fresh_contribution')}
         SELECT v.verdict, v.oldest_recent, v.last_here, (SELECT slow_mode_seconds FROM room) AS slow_mode_seconds,
                m.id, m.seq, m.rev, m.agenda_index, m.language, m.created_at,
                (SELECT display_name FROM users WHERE id = $3) AS author_name,
                (SELECT name FROM organisations WHERE id = $6) AS organisation_name,
                rp.seq AS reply_seq, rp.author AS reply_author, rp.body AS reply_body, rp.gone AS reply_gone,
                (SELECT count(*) FROM contribution_balance) AS balanced
           FROM verdict v LEFT JOIN message m ON true LEFT JOIN reply rp ON true`,
          [
            roomId,
            input.clientId,
            speaker.userId,
            speaker.category,
            speaker.country,
            speaker.organisation?.id ?? null,
            input.body,
            input.replyToId ?? null,
            ROOM_LIMITS.floodWindowSeconds,
            ROOM_LIMITS.floodMessages,
            speaker.facilitator,
            id,
            text,
            contributionLanguage(text),
          ],
        );
      });
      switch (r.verdict) {
        case 'not_found':
          throw AppError.notFound();
        case 'duplicate': {
          const stored = await this.findByClientId(this.db.manager, roomId, speaker.userId, input.clientId);
          if (stored) return { message: stored, duplicate: true };
          throw AppError.conflict();
        }
        case 'not_open':
          throw new AppError('rooms.not_open');
        case 'muted':
          throw new AppError('rooms.muted');
        case 'flood': {
          const wait = Math.ceil((new Date(r.oldest_recent!).getTime() + ROOM_LIMITS.floodWindowSeconds * 1000 - Date.now()) / 1000);
          throw AppError.rateLimited(Math.max(1, wait));
        }
        case 'slow': {
          const wait = Math.ceil((new Date(r.last_here!).getTime() + r.slow_mode_seconds * 1000 - Date.now()) / 1000);
          throw new AppError('rooms.slow_mode', { params: { seconds: Math.max(1, wait) } });
        }
        case 'bad_reply':
          throw AppError.validation([{ path: 'replyToId', code: 'invalid' }]);
      }
      // Checked 'ok' but the room closed while this statement waited for its lock.
      if (!r.id) throw new AppError('rooms.not_open');
      const row: MessageRow = {
        id: r.id,
        room_id: roomId,
        seq: r.seq!,
        rev: r.rev!,
        client_id: input.clientId,
        author_id: speaker.userId,
        author_category: speaker.category,
        organisation_id: speaker.organisation?.id ?? null,
        body: input.body,
        language: r.language!,
        reply_to_id: input.replyToId ?? null,
        agenda_index: r.agenda_index,
        reactions: { agree: 0, disagree: 0, plus_one: 0 },
        pinned_at: null,
        key_point: false,
        hidden_at: null,
        hidden_reason: null,
        edited_at: null,
        deleted_at: null,
        created_at: r.created_at!,
        author_name: r.author_name,
        organisation_name: r.organisation_name,
        reply_seq: r.reply_seq,
        reply_author: r.reply_author,
        reply_body: r.reply_body,
        reply_gone: r.reply_gone,
      };
      return { message: toRoomMessage(row), duplicate: false };
    } catch (error) {
      // Two sends of the same client id at once: the loser finds the winner's row.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.findByClientId(this.db.manager, roomId, speaker.userId, input.clientId);
        if (winner) return { message: winner, duplicate: true };
      }
      throw error;
    }
  }

  /** The author edits their own message within the edit window. */
  edit(roomId: string, speaker: Speaker, messageId: string, body: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      this.assertOwnFresh(row, speaker);
      await m.query(`UPDATE room_messages SET body = $2, edited_at = now(), rev = $3 WHERE id = $1`, [row.id, body, rev]);
      await this.recordContribution(m, row.id, row.consultation_id, body, speaker, row.key_point);
    });
  }

  /** The author deletes their own message within the edit window: its text and contribution go. */
  delete(roomId: string, speaker: Speaker, messageId: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      this.assertOwnFresh(row, speaker);
      await m.query(`UPDATE room_messages SET body = '', deleted_at = now(), pinned_at = NULL, rev = $2 WHERE id = $1`, [row.id, rev]);
      await this.contributions.remove(m, 'room_message', row.id);
    });
  }

  /** Adds or removes one's reaction; counts are recomputed from the reactions table in the same transaction. */
  react(roomId: string, userId: string, messageId: string, kind: ReactionKind, on: boolean) {
    return this.change(
      roomId,
      messageId,
      async (m, row, rev) => {
        if (row.deleted_at || row.hidden_at) throw AppError.conflict();
        if (on)
          await m.query(`INSERT INTO room_reactions (message_id, user_id, kind, room_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
            row.id,
            userId,
            kind,
            roomId,
          ]);
        else await m.query(`DELETE FROM room_reactions WHERE message_id = $1 AND user_id = $2 AND kind = $3`, [row.id, userId, kind]);
        await m.query(
          `UPDATE room_messages SET rev = $2, reactions = (
           SELECT jsonb_build_object('agree', count(*) FILTER (WHERE kind = 'agree'), 'disagree', count(*) FILTER (WHERE kind = 'disagree'), 'plus_one', count(*) FILTER (WHERE kind = 'plus_one'))
             FROM room_reactions WHERE message_id = $1) WHERE id = $1`,
          [row.id, rev],
        );
      },
      userId,
    );
  }

  pin(roomId: string, messageId: string, pinned: boolean) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (pinned && (row.deleted_at || row.hidden_at)) throw AppError.conflict();
      await m.query(`UPDATE room_messages SET pinned_at = ${pinned ? 'now()' : 'NULL'}, rev = $2 WHERE id = $1`, [row.id, rev]);
    });
  }

  /** Hidden for everyone at once; kept for the record, but out of synthesis. */
  hide(roomId: string, actorId: string, messageId: string, reason: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (row.deleted_at) throw AppError.conflict();
      await m.query(
        `UPDATE room_messages SET hidden_at = now(), hidden_reason = $2, hidden_by = $3, pinned_at = NULL, rev = $4 WHERE id = $1`,
        [row.id, reason, actorId, rev],
      );
      await this.contributions.setHidden(m, 'room_message', row.id, true);
      await this.moderation.recordElsewhere(m, { targetType: 'room_message', targetId: row.id, action: 'hide', reason, actorId });
    });
  }

  /** A facilitator's pick: flagged as a key point in the contribution synthesis reads. */
  keyPoint(roomId: string, messageId: string, keyPoint: boolean) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (row.deleted_at || row.hidden_at) throw AppError.conflict();
      await m.query(`UPDATE room_messages SET key_point = $2, rev = $3 WHERE id = $1`, [row.id, keyPoint, rev]);
      await this.recordContribution(
        m,
        row.id,
        row.consultation_id,
        row.body,
        {
          userId: row.author_id!,
          category: row.author_category,
          country: row.author_country,
          organisation: row.organisation_id ? { id: row.organisation_id, name: '' } : null,
          facilitator: false,
        },
        keyPoint,
      );
    });
  }

  /** The latest page of messages (on arrival) or the page before `beforeSeq` (scrolling back). */
  async page(roomId: string, viewerId: string | null, beforeSeq?: number, limit: number = ROOM_LIMITS.historyPage) {
    const rows: MessageRow[] = await this.db.query(
      `${MESSAGE_SELECT} WHERE m.room_id = $1 AND ($2::int IS NULL OR m.seq < $2) ORDER BY m.seq DESC LIMIT $3`,
      [roomId, beforeSeq ?? null, limit + 1],
    );
    const hasOlder = rows.length > limit;
    const page = rows.slice(0, limit).reverse();
    return { messages: await this.withMine(page, viewerId), hasOlder };
  }

  /** Every message created or changed after revision `afterRev`, in revision order (catch-up after a reconnection). */
  async since(roomId: string, viewerId: string | null, afterRev: number, limit: number = ROOM_LIMITS.catchUpPage) {
    const rows: MessageRow[] = await this.db.query(`${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.rev > $2 ORDER BY m.rev LIMIT $3`, [
      roomId,
      afterRev,
      limit + 1,
    ]);
    const hasMore = rows.length > limit;
    return { messages: await this.withMine(rows.slice(0, limit), viewerId), hasMore };
  }

  async pinned(roomId: string, viewerId: string | null) {
    const rows: MessageRow[] = await this.db.query(
      `${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.pinned_at IS NOT NULL ORDER BY m.pinned_at DESC LIMIT 20`,
      [roomId],
    );
    return this.withMine(rows, viewerId);
  }

  async load(manager: EntityManager, id: string, viewerId: string | null = null): Promise<RoomMessage | undefined> {
    const rows: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE m.id = $1`, [id]);
    return rows[0] ? (await this.withMine(rows, viewerId))[0] : undefined;
  }

  /** The author's own message with this client id (another person's never answers for it). */
  private async findByClientId(manager: EntityManager, roomId: string, authorId: string, clientId: string) {
    const rows: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.author_id = $2 AND m.client_id = $3`, [
      roomId,
      authorId,
      clientId,
    ]);
    return rows[0] ? toRoomMessage(rows[0]) : undefined;
  }

  /** The reader's own reactions for a whole page in one query. */
  private async withMine(rows: MessageRow[], viewerId: string | null): Promise<RoomMessage[]> {
    if (!viewerId || !rows.length) return rows.map((r) => toRoomMessage(r));
    const mine: { message_id: string; kind: ReactionKind }[] = await this.db.query(
      `SELECT message_id, kind FROM room_reactions WHERE user_id = $1 AND message_id = ANY($2::uuid[])`,
      [viewerId, rows.map((r) => r.id)],
    );
    return rows.map((r) =>
      toRoomMessage(
        r,
        mine.filter((x) => x.message_id === r.id).map((x) => x.kind),
      ),
    );
  }

  /** Takes the room lock and the next sequence (new message) and/or revision number. */
  private async nextNumbers(m: EntityManager, roomId: string, newMessage: boolean) {
    const [[room]] = await m.query(
      `UPDATE rooms SET last_rev = last_rev + 1${newMessage ? ', last_seq = last_seq + 1' : ''} WHERE id = $1
       RETURNING status, last_seq, last_rev, slow_mode_seconds, current_agenda_index, consultation_id`,
      [roomId],
    );
    if (!room) throw AppError.notFound();
    return room as {
      status: string;
      last_seq: number;
      last_rev: number;
      slow_mode_seconds: number;
      current_agenda_index: number | null;
      consultation_id: string;
    };
  }

  /** One change to an existing message in one transaction, giving it the room's next revision. */
  private async change(
    roomId: string,
    messageId: string,
    apply: (m: EntityManager, row: MessageRow & { consultation_id: string; author_country: string | null }, rev: number) => Promise<void>,
    viewerId: string | null = null,
  ): Promise<RoomMessage> {
    await this.db.transaction(async (m) => {
      const room = await this.nextNumbers(m, roomId, false);
      if (room.status === 'closed') throw new AppError('rooms.not_open');
      const [row] = await m.query(
        `SELECT m.*, u.country AS author_country FROM room_messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1 AND m.room_id = $2 FOR UPDATE OF m`,
        [messageId, roomId],
      );
      if (!row) throw AppError.notFound();
      await apply(m, { ...row, consultation_id: room.consultation_id }, room.last_rev);
    });
    return (await this.load(this.db.manager, messageId, viewerId))!;
  }

  private assertOwnFresh(row: MessageRow, speaker: Speaker) {
    if (row.author_id !== speaker.userId) throw AppError.forbidden();
    if (row.deleted_at || row.hidden_at) throw AppError.conflict();
    if (!RoomsPolicy.withinEditWindow(new Date(row.created_at), ROOM_LIMITS.editWindowSeconds))
      throw new AppError('rooms.edit_window_passed');
  }

  private recordContribution(m: EntityManager, id: string, consultationId: string, text: string, speaker: Speaker, keyPoint = false) {
    return this.contributions.record(m, {
      source: 'room_message',
      sourceRef: id,
      consultationId,
      text,
      category: speaker.category,
      country: speaker.country,
      authorUserId: speaker.userId,
      authorOrganisationId: speaker.organisation?.id ?? null,
      keyPoint,
    });
  }
}
