import type { EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';
import { SynthesisRepository } from './synthesis.repository';

export type { ContributionRow } from './synthesis.repository';

/** A room of the consultation, or a 404. */
export async function assertRoomOf(
  manager: EntityManager,
  consultationId: string,
  roomId: string | null | undefined,
): Promise<{ id: string; status: string } | null> {
  if (!roomId) return null;
  const room = await new SynthesisRepository(manager).roomOf(consultationId, roomId);
  if (!room) throw AppError.notFound();
  return room;
}
