import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HandEntry, RoomLiveState } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { liveState } from './rooms.broadcaster';

/** Room state shared by every API process: the hand queue, mutes, slow mode and the current agenda item. */
@Injectable()
export class RoomLiveService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hands(roomId: string): Promise<HandEntry[]> {
    const rows: { user_id: string; display_name: string; category: HandEntry['category']; hand_raised_at: Date }[] = await this.db.query(
      `SELECT p.user_id, u.display_name, u.category, p.hand_raised_at FROM room_participants p JOIN users u ON u.id = p.user_id
        WHERE p.room_id = $1 AND p.hand_raised_at IS NOT NULL ORDER BY p.hand_raised_at, p.user_id LIMIT 200`,
      [roomId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      category: r.category,
      raisedAt: new Date(r.hand_raised_at).toISOString(),
    }));
  }

  /** The room's revision, hand queue and mutes in one query (what a newcomer needs besides messages). */
  async arrival(roomId: string): Promise<{ rev: number; hands: HandEntry[]; muted: string[] }> {
    const [row] = await this.db.query(
      `SELECT r.last_rev,
              coalesce((SELECT json_agg(json_build_object('userId', h.user_id, 'displayName', h.display_name, 'category', h.category, 'raisedAt', h.hand_raised_at) ORDER BY h.hand_raised_at, h.user_id)
                          FROM (SELECT p.user_id, u.display_name, u.category, p.hand_raised_at FROM room_participants p JOIN users u ON u.id = p.user_id
                                 WHERE p.room_id = r.id AND p.hand_raised_at IS NOT NULL ORDER BY p.hand_raised_at, p.user_id LIMIT 200) h), '[]') AS hands,
              coalesce((SELECT json_agg(p.user_id) FROM room_participants p WHERE p.room_id = r.id AND p.muted_at IS NOT NULL), '[]') AS muted
         FROM rooms r WHERE r.id = $1`,
      [roomId],
    );
    if (!row) throw AppError.notFound();
    const hands = (row.hands as (HandEntry & { raisedAt: string })[]).map((h) => ({ ...h, raisedAt: new Date(h.raisedAt).toISOString() }));
    return { rev: Number(row.last_rev), hands, muted: row.muted };
  }

  async setHand(roomId: string, userId: string, raised: boolean): Promise<HandEntry[]> {
    await this.db.query(
      `INSERT INTO room_participants (room_id, user_id, hand_raised_at) VALUES ($1, $2, ${raised ? 'now()' : 'NULL'})
       ON CONFLICT (room_id, user_id) DO UPDATE SET hand_raised_at = ${raised ? 'coalesce(room_participants.hand_raised_at, now())' : 'NULL'}`,
      [roomId, userId],
    );
    return this.hands(roomId);
  }

  async muted(roomId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM room_participants WHERE room_id = $1 AND muted_at IS NOT NULL`,
      [roomId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Muting also lowers the person's hand. */
  async setMuted(roomId: string, userId: string, muted: boolean, by: string): Promise<string[]> {
    const exists = await this.db.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    if (!exists.length) throw AppError.notFound();
    await this.db.query(
      `INSERT INTO room_participants (room_id, user_id, muted_at, muted_by) VALUES ($1, $2, ${muted ? 'now()' : 'NULL'}, $3)
       ON CONFLICT (room_id, user_id) DO UPDATE SET muted_at = EXCLUDED.muted_at, muted_by = EXCLUDED.muted_by${muted ? ', hand_raised_at = NULL' : ''}`,
      [roomId, userId, muted ? by : null],
    );
    return this.muted(roomId);
  }

  async setSlowMode(roomId: string, seconds: number): Promise<RoomLiveState> {
    const [[row]] = await this.db.query(
      `UPDATE rooms SET slow_mode_seconds = $2, updated_at = now() WHERE id = $1 AND status <> 'closed' RETURNING id, status, slow_mode_seconds, current_agenda_index`,
      [roomId, seconds],
    );
    if (!row) throw new AppError('rooms.not_open');
    return this.state(row);
  }

  /** Moves to the next agenda item (the move is atomic: two facilitators clicking at once move one step each). */
  async nextItem(roomId: string): Promise<RoomLiveState> {
    const [[row]] = await this.db.query(
      `UPDATE rooms SET current_agenda_index = coalesce(current_agenda_index, -1) + 1, updated_at = now()
        WHERE id = $1 AND status <> 'closed' AND coalesce(current_agenda_index, -1) + 1 < jsonb_array_length(agenda)
        RETURNING id, status, slow_mode_seconds, current_agenda_index`,
      [roomId],
    );
    if (!row) {
      const [room] = await this.db.query(`SELECT status FROM rooms WHERE id = $1`, [roomId]);
      throw room?.status === 'closed' ? new AppError('rooms.not_open') : new AppError('rooms.no_next_item');
    }
    return this.state(row);
  }

  private state(row: { id: string; status: RoomLiveState['status']; slow_mode_seconds: number; current_agenda_index: number | null }) {
    return liveState({
      id: row.id,
      status: row.status,
      slowModeSeconds: row.slow_mode_seconds,
      currentAgendaIndex: row.current_agenda_index,
    });
  }
}
