import type { EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';

export interface ContributionRow {
  id: string;
  text: string;
  language: string;
  category: string;
  country: string | null;
  source: string;
}

/**
 * The contributions a synthesis reads: a consultation's visible contributions, or only the
 * messages of one of its rooms (room messages are contributions whose source_ref is the
 * message id). Ordered by id so the same rows always give the same engine input.
 */
export function loadScopeContributions(manager: EntityManager, consultationId: string, roomId: string | null): Promise<ContributionRow[]> {
  return roomId
    ? manager.query(
        `SELECT c.id, c.text, c.language, c.category, c.country, c.source FROM contributions c
         JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2
         WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL ORDER BY c.id`,
        [consultationId, roomId],
      )
    : manager.query(
        `SELECT id, text, language, category, country, source FROM contributions WHERE consultation_id = $1 AND hidden_at IS NULL ORDER BY id`,
        [consultationId],
      );
}

/** A room of the consultation, or a 404. */
export async function assertRoomOf(
  manager: EntityManager,
  consultationId: string,
  roomId: string | null | undefined,
): Promise<{ id: string; status: string } | null> {
  if (!roomId) return null;
  const [room] = await manager.query(`SELECT id, status FROM rooms WHERE id = $1 AND consultation_id = $2`, [roomId, consultationId]);
  if (!room) throw AppError.notFound();
  return room;
}
