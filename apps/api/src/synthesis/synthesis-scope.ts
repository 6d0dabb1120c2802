import type { EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';

export interface ContributionRow {
  id: string;
  text: string;
  language: string;
  category: string;
  country: string | null;
  source: string;
  /** The question a questionnaire answer answers (short answers are tallied per question). */
  question: string | null;
}

/**
 * A room message is a facilitator's prompt (a question put to the room, the next agenda item)
 * when its author facilitates the consultation or is staff: not a contribution to analyse.
 */
const NOT_A_PROMPT = `NOT EXISTS (
  SELECT 1 FROM room_messages pm JOIN users pu ON pu.id = pm.author_id
  WHERE c.source = 'room_message' AND pm.id::text = c.source_ref
    AND (pu.role IN ('admin', 'official')
      OR EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.consultation_id AND f.user_id = pu.id)))`;

/**
 * The contributions a synthesis reads: a consultation's visible contributions, or only the
 * messages of one of its rooms (room messages are contributions whose source_ref is the
 * message id), facilitators' prompts left out. Ordered by id so the same rows always give the
 * same engine input.
 */
export function loadScopeContributions(manager: EntityManager, consultationId: string, roomId: string | null): Promise<ContributionRow[]> {
  return roomId
    ? manager.query(
        `SELECT c.id, c.text, c.language, c.category, c.country, c.source, NULL AS question FROM contributions c
         JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2
         WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL AND ${NOT_A_PROMPT} ORDER BY c.id`,
        [consultationId, roomId],
      )
    : manager.query(
        `SELECT c.id, c.text, c.language, c.category, c.country, c.source, qa.question_id::text AS question FROM contributions c
         LEFT JOIN questionnaire_answers qa ON c.source = 'questionnaire_answer' AND qa.id::text = c.source_ref
         WHERE c.consultation_id = $1 AND c.hidden_at IS NULL AND ${NOT_A_PROMPT} ORDER BY c.id`,
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
