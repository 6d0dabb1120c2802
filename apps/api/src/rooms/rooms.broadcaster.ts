import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { RoomLiveState, RoomServerToClientEvents } from '@polyphony/contracts';
import type { RoomEntity } from './room.entity';

/** The socket.io channel of a room (with REDIS_URL, it spans every API process). */
export const roomChannel = (roomId: string) => `room:${roomId}`;

export const liveState = (r: Pick<RoomEntity, 'id' | 'status' | 'slowModeSeconds' | 'currentAgendaIndex'>): RoomLiveState => ({
  roomId: r.id,
  status: r.status,
  slowModeSeconds: r.slowModeSeconds,
  currentAgendaIndex: r.currentAgendaIndex,
});

/** Sends to everyone in a room, from services as well as from the gateway (set once the server exists). */
@Injectable()
export class RoomsBroadcaster {
  server?: Server<Record<string, never>, RoomServerToClientEvents>;

  emit<E extends keyof RoomServerToClientEvents>(roomId: string, event: E, ...args: Parameters<RoomServerToClientEvents[E]>) {
    this.server?.to(roomChannel(roomId)).emit(event, ...args);
  }

  /** Sends to one channel (a room's readers in one language). */
  emitTo<E extends keyof RoomServerToClientEvents>(channel: string, event: E, ...args: Parameters<RoomServerToClientEvents[E]>) {
    this.server?.to(channel).emit(event, ...args);
  }

  state(room: Pick<RoomEntity, 'id' | 'status' | 'slowModeSeconds' | 'currentAgendaIndex'>) {
    this.emit(room.id, 'room:state', liveState(room));
  }
}
