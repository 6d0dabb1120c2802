import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HandEntry, RoomLiveState } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { liveState } from './rooms.broadcaster';
import { RoomsRepository } from './rooms.repository';

/** Room state shared by every API process: the hand queue, mutes, slow mode and the current agenda item. */
@Injectable()
export class RoomLiveService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hands(roomId: string): Promise<HandEntry[]> {
    return this.repo().hands(roomId);
  }

  /** The room's revision, hand queue and mutes in one query (what a newcomer needs besides messages). */
  async arrival(roomId: string): Promise<{ rev: number; hands: HandEntry[]; muted: string[] }> {
    const arrival = await this.repo().arrival(roomId);
    if (!arrival) throw AppError.notFound();
    return arrival;
  }

  async setHand(roomId: string, userId: string, raised: boolean): Promise<HandEntry[]> {
    await this.repo().setHand(roomId, userId, raised);
    return this.hands(roomId);
  }

  async muted(roomId: string): Promise<string[]> {
    return this.repo().muted(roomId);
  }

  /** Muting also lowers the person's hand. */
  async setMuted(by: string, roomId: string, userId: string, muted: boolean): Promise<string[]> {
    const repo = this.repo();
    if (!(await repo.userExists(userId))) throw AppError.notFound();
    await repo.setMuted(roomId, userId, muted, by);
    return this.muted(roomId);
  }

  async setSlowMode(roomId: string, seconds: number): Promise<RoomLiveState> {
    const row = await this.repo().setSlowMode(roomId, seconds);
    if (!row) throw new AppError('rooms.not_open');
    return liveState(row);
  }

  /** Moves to the next agenda item (the move is atomic: two facilitators clicking at once move one step each). */
  async nextItem(roomId: string): Promise<RoomLiveState> {
    const repo = this.repo();
    const row = await repo.nextItem(roomId);
    if (!row) throw (await repo.status(roomId)) === 'closed' ? new AppError('rooms.not_open') : new AppError('rooms.no_next_item');
    return liveState(row);
  }

  private repo() {
    return new RoomsRepository(this.db.manager);
  }
}
