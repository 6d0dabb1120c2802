import type { EntityManager } from 'typeorm';
import type { ReactionKind, RoomMessage, StakeholderCategory } from '@polyphony/contracts';
import { freshContributionCte } from '../contributions/fresh-contribution-cte';
import type { ModerationSubject } from '../moderation/moderation.service';
import { MESSAGE_SELECT, toMessageSubject, toRoomMessage, type MessageRow } from './room.mapper';
import type { SendFacts } from './rooms.policy';

/** A message to store, as one object (the statement's parameters are built from it here, nowhere else). */
export interface NewRoomMessage {
  id: string;
  roomId: string;
  clientId: string;
  author: {
    userId: string;
    category: StakeholderCategory;
    country: string | null;
    organisationId: string | null;
  };
  /** As typed (stored on the message). */
  body: string;
  /** Trimmed (stored on the contribution), and its detected language. */
  text: string;
  language: string;
  replyToId: string | null;
}

/** A message row locked for a change, with what the contribution needs. */
export type LockedMessage = MessageRow & { consultation_id: string; author_country: string | null };

/**
 * The facts the send rules (RoomsPolicy.sendVerdict) decide on, read under the author's lock: the room,
 * a stored message with this client id, the author's mute, their messages in the flood window and
 * their last message here (slow mode), and whether the message answered is in this room.
 */
export const SEND_FACTS_SQL = `
  WITH room AS (
    SELECT status, slow_mode_seconds FROM rooms WHERE id = $1
  ), limits AS (
    SELECT count(*) FILTER (WHERE created_at > now() - make_interval(secs => $4))::int AS recent,
           min(created_at) FILTER (WHERE created_at > now() - make_interval(secs => $4)) AS oldest_recent,
           max(created_at) FILTER (WHERE room_id = $1) AS last_here
      FROM room_messages
     WHERE author_id = $2 AND created_at > now() - make_interval(secs => greatest($4, coalesce((SELECT slow_mode_seconds FROM room), 0)))
  )
  SELECT (SELECT status FROM room) AS status,
         coalesce((SELECT slow_mode_seconds FROM room), 0) AS slow_mode_seconds,
         EXISTS (SELECT 1 FROM room_messages WHERE room_id = $1 AND author_id = $2 AND client_id = $3) AS duplicate,
         coalesce((SELECT muted_at IS NOT NULL FROM room_participants WHERE room_id = $1 AND user_id = $2), false) AS muted,
         l.recent, l.oldest_recent, l.last_here,
         ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM room_messages WHERE id = $5 AND room_id = $1)) AS reply_ok,
         now() AS now
    FROM limits l`;

/**
 * One statement, one round trip: the room's row lock with the next sequence and revision (only while
 * the room is open), the message, its contribution and the balance aggregate, and what the message
 * shows (author, organisation, the message answered). The lock is held for the statement only; the
 * sequence has no gaps because a failed insert rolls the counter back with it.
 */
export const INSERT_MESSAGE_SQL = `
  WITH numbers AS (
    UPDATE rooms SET last_seq = last_seq + 1, last_rev = last_rev + 1
     WHERE id = $1 AND status = 'open'
    RETURNING last_seq, last_rev, current_agenda_index, consultation_id
  ), message AS (
    INSERT INTO room_messages (id, room_id, seq, rev, client_id, author_id, author_category, organisation_id, body, reply_to_id, agenda_index, language)
    SELECT $2, $1, last_seq, last_rev, $3, $4, $5, $7, $8, $9, current_agenda_index, $11 FROM numbers
    RETURNING id, seq, rev, agenda_index, language, created_at
  ), reply AS (
    SELECT r.seq, r.body, (r.hidden_at IS NOT NULL OR r.deleted_at IS NOT NULL) AS gone, ru.display_name AS author
      FROM room_messages r LEFT JOIN users ru ON ru.id = r.author_id WHERE r.id = $9 AND r.room_id = $1
  ), fresh_contribution AS (
    SELECT 'room_message' AS source, m.id::text AS source_ref, n.consultation_id, $10::text AS text, $11::varchar AS language,
           $5::varchar AS category, $6::char(2) AS country, $4::uuid AS author_user_id, $7::uuid AS author_organisation_id,
           NULL::varchar AS author_label, false AS key_point
      FROM message m, numbers n
  ), ${freshContributionCte('fresh_contribution')}
  SELECT m.id, m.seq, m.rev, m.agenda_index, m.language, m.created_at,
         (SELECT display_name FROM users WHERE id = $4) AS author_name,
         (SELECT name FROM organisations WHERE id = $7) AS organisation_name,
         rp.seq AS reply_seq, rp.author AS reply_author, rp.body AS reply_body, rp.gone AS reply_gone,
         (SELECT count(*) FROM contribution_balance) AS balanced
    FROM message m LEFT JOIN reply rp ON true`;

/** All of the SQL of room messages; reads answer mapped messages with the reader's own reactions. */
export class RoomMessagesRepository {
  constructor(private readonly manager: EntityManager) {}

  async sendFacts(q: { roomId: string; authorId: string; clientId: string; replyToId: string | null; floodWindowSeconds: number }) {
    const [row] = await this.manager.query(SEND_FACTS_SQL, [q.roomId, q.authorId, q.clientId, q.floodWindowSeconds, q.replyToId]);
    return {
      status: row.status,
      slowModeSeconds: Number(row.slow_mode_seconds),
      duplicate: row.duplicate,
      muted: row.muted,
      recent: Number(row.recent),
      oldestRecent: row.oldest_recent,
      lastHere: row.last_here,
      replyOk: row.reply_ok,
      now: row.now,
    } satisfies SendFacts;
  }

  /** Stores a message the rules allowed; undefined when the room closed meanwhile. */
  async insert(m: NewRoomMessage): Promise<RoomMessage | undefined> {
    const [r] = await this.manager.query(INSERT_MESSAGE_SQL, [
      m.roomId,
      m.id,
      m.clientId,
      m.author.userId,
      m.author.category,
      m.author.country,
      m.author.organisationId,
      m.body,
      m.replyToId,
      m.text,
      m.language,
    ]);
    if (!r) return undefined;
    return toRoomMessage({
      ...r,
      room_id: m.roomId,
      client_id: m.clientId,
      author_id: m.author.userId,
      author_category: m.author.category,
      organisation_id: m.author.organisationId,
      body: m.body,
      reply_to_id: m.replyToId,
      reactions: { agree: 0, disagree: 0, plus_one: 0 },
      pinned_at: null,
      key_point: false,
      hidden_at: null,
      hidden_reason: null,
      edited_at: null,
      deleted_at: null,
    } satisfies MessageRow);
  }

  /** The author's own message with this client id (another person's never answers for it). */
  async byClientId(roomId: string, authorId: string, clientId: string): Promise<RoomMessage | undefined> {
    const rows: MessageRow[] = await this.manager.query(
      `${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.author_id = $2 AND m.client_id = $3`,
      [roomId, authorId, clientId],
    );
    return rows[0] ? toRoomMessage(rows[0]) : undefined;
  }

  /** The latest page (no `beforeSeq`) or the page before `beforeSeq`, oldest first, one extra row telling there is more. */
  async page(roomId: string, viewerId: string | null, beforeSeq: number | null, limit: number) {
    const rows: MessageRow[] = await this.manager.query(
      `${MESSAGE_SELECT} WHERE m.room_id = $1 AND ($2::int IS NULL OR m.seq < $2) ORDER BY m.seq DESC LIMIT $3`,
      [roomId, beforeSeq, limit + 1],
    );
    return { messages: await this.withMine(rows.slice(0, limit).reverse(), viewerId), hasOlder: rows.length > limit };
  }

  /** Every message created or changed after revision `afterRev`, in revision order. */
  async since(roomId: string, viewerId: string | null, afterRev: number, limit: number) {
    const rows: MessageRow[] = await this.manager.query(`${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.rev > $2 ORDER BY m.rev LIMIT $3`, [
      roomId,
      afterRev,
      limit + 1,
    ]);
    return { messages: await this.withMine(rows.slice(0, limit), viewerId), hasMore: rows.length > limit };
  }

  async pinned(roomId: string, viewerId: string | null) {
    const rows: MessageRow[] = await this.manager.query(
      `${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.pinned_at IS NOT NULL ORDER BY m.pinned_at DESC LIMIT 20`,
      [roomId],
    );
    return this.withMine(rows, viewerId);
  }

  async byId(id: string, viewerId: string | null): Promise<RoomMessage | undefined> {
    const rows: MessageRow[] = await this.manager.query(`${MESSAGE_SELECT} WHERE m.id = $1`, [id]);
    return rows[0] ? (await this.withMine(rows, viewerId))[0] : undefined;
  }

  /** The room's latest revision (what a reader is up to after a catch-up). */
  async lastRev(roomId: string): Promise<number> {
    const [row] = await this.manager.query(`SELECT last_rev FROM rooms WHERE id = $1`, [roomId]);
    return Number(row?.last_rev ?? 0);
  }

  /** Whether an author confirmed their address and accepted the privacy notice (read afresh: another tab may just have). */
  async authorStanding(userId: string): Promise<{ verified: boolean; consented: boolean } | undefined> {
    const [row] = await this.manager.query(
      `SELECT email_verified_at IS NOT NULL AS verified, privacy_consent_at IS NOT NULL AS consented FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  /** Takes the room's row lock and its next revision number; undefined when there is no such room. */
  async nextRevision(roomId: string): Promise<{ status: string; rev: number; consultationId: string } | undefined> {
    const [[room]] = await this.manager.query(
      `UPDATE rooms SET last_rev = last_rev + 1 WHERE id = $1 RETURNING status, last_rev, consultation_id`,
      [roomId],
    );
    return room ? { status: room.status, rev: Number(room.last_rev), consultationId: room.consultation_id } : undefined;
  }

  /** The message locked for a change (its author's country for the contribution). */
  async lock(roomId: string, messageId: string): Promise<Omit<LockedMessage, 'consultation_id'> | undefined> {
    const [row] = await this.manager.query(
      `SELECT m.*, u.country AS author_country FROM room_messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1 AND m.room_id = $2 FOR UPDATE OF m`,
      [messageId, roomId],
    );
    return row;
  }

  async setBody(id: string, rev: number, body: string) {
    await this.manager.query(`UPDATE room_messages SET body = $2, edited_at = now(), rev = $3 WHERE id = $1`, [id, body, rev]);
  }

  async markDeleted(id: string, rev: number) {
    await this.manager.query(`UPDATE room_messages SET body = '', deleted_at = now(), pinned_at = NULL, rev = $2 WHERE id = $1`, [id, rev]);
  }

  /** Adds or removes one reaction and recomputes the message's counts from the reactions table. */
  async setReaction(r: { userId: string; roomId: string; messageId: string; rev: number; kind: ReactionKind; on: boolean }) {
    if (r.on)
      await this.manager.query(
        `INSERT INTO room_reactions (message_id, user_id, kind, room_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [r.messageId, r.userId, r.kind, r.roomId],
      );
    else
      await this.manager.query(`DELETE FROM room_reactions WHERE message_id = $1 AND user_id = $2 AND kind = $3`, [
        r.messageId,
        r.userId,
        r.kind,
      ]);
    await this.manager.query(
      `UPDATE room_messages SET rev = $2, reactions = (
       SELECT jsonb_build_object('agree', count(*) FILTER (WHERE kind = 'agree'), 'disagree', count(*) FILTER (WHERE kind = 'disagree'), 'plus_one', count(*) FILTER (WHERE kind = 'plus_one'))
         FROM room_reactions WHERE message_id = $1) WHERE id = $1`,
      [r.messageId, r.rev],
    );
  }

  async setPinned(id: string, rev: number, pinned: boolean) {
    await this.manager.query(`UPDATE room_messages SET pinned_at = ${pinned ? 'now()' : 'NULL'}, rev = $2 WHERE id = $1`, [id, rev]);
  }

  async hide(actorId: string, id: string, rev: number, reason: string) {
    await this.manager.query(
      `UPDATE room_messages SET hidden_at = now(), hidden_reason = $2, hidden_by = $3, pinned_at = NULL, rev = $4 WHERE id = $1`,
      [id, reason, actorId, rev],
    );
  }

  async setKeyPoint(id: string, rev: number, keyPoint: boolean) {
    await this.manager.query(`UPDATE room_messages SET key_point = $2, rev = $3 WHERE id = $1`, [id, keyPoint, rev]);
  }

  /** Every message of the room not deleted, in order, as rows (the transcript shows hidden ones as such). */
  transcript(roomId: string): Promise<MessageRow[]> {
    return this.manager.query(`${MESSAGE_SELECT} WHERE m.room_id = $1 AND m.deleted_at IS NULL ORDER BY m.seq`, [roomId]);
  }

  /** Messages as the moderation queue shows them, by id. */
  async moderationSubjects(ids: string[]): Promise<Map<string, ModerationSubject>> {
    if (!ids.length) return new Map();
    const rows: {
      id: string;
      room_id: string;
      body: string;
      author_id: string | null;
      display_name: string | null;
      hidden_at: Date | null;
    }[] = await this.manager.query(
      `SELECT m.id, m.room_id, m.body, m.author_id, u.display_name, m.hidden_at FROM room_messages m
                 LEFT JOIN users u ON u.id = m.author_id WHERE m.id = ANY($1) AND m.deleted_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((r): [string, ModerationSubject] => [r.id, toMessageSubject(r)]));
  }

  /**
   * A change from the moderation queue: the room's next revision first (the order an in-room change takes
   * its locks in), then the message. Answers false when the message has no room (it is gone).
   */
  async moderate(id: string, hidden: boolean, reason: string | null): Promise<boolean> {
    const [[room]]: [{ last_rev: number }[]] = await this.manager.query(
      `UPDATE rooms SET last_rev = last_rev + 1 WHERE id = (SELECT room_id FROM room_messages WHERE id = $1) RETURNING last_rev`,
      [id],
    );
    if (!room) return false;
    await this.manager.query(
      hidden
        ? `UPDATE room_messages SET hidden_at = now(), hidden_reason = coalesce(left($3, 300), hidden_reason), pinned_at = NULL, rev = $2 WHERE id = $1`
        : `UPDATE room_messages SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL, rev = $2 WHERE id = $1`,
      hidden ? [id, room.last_rev, reason] : [id, room.last_rev],
    );
    return true;
  }

  /** The reader's own reactions for a whole page in one query. */
  private async withMine(rows: MessageRow[], viewerId: string | null): Promise<RoomMessage[]> {
    if (!viewerId || !rows.length) return rows.map((r) => toRoomMessage(r));
    const mine: { message_id: string; kind: ReactionKind }[] = await this.manager.query(
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
}
