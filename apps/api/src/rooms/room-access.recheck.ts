import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { LANGUAGES, type SessionServerToClientEvents } from '@polyphony/contracts';
import { SocketRevocation, socketError, userRoom, type SocketIdentity } from '../core/realtime/socket-revocation';
import { RoomsBroadcaster, roomChannel } from './rooms.broadcaster';
import { roomLanguageChannel } from './room-translations';
import { RoomsService } from './rooms.service';

const CHANNEL = /^room:([0-9a-f-]{36})$/;

/**
 * When who may enter a room changes (its invitation, or a person's role, category or standing),
 * the open sockets that lost the right leave the room's channel on whichever API process holds
 * them and are told why (`room:access_removed`). The gateway serves a room's events only to
 * sockets still in its channel, so from then on they can neither read nor post there.
 */
@Injectable()
export class RoomAccessRecheck implements OnModuleInit {
  private readonly logger = new Logger('rooms');

  constructor(
    private readonly rooms: RoomsService,
    private readonly broadcaster: RoomsBroadcaster,
    private readonly revocation: SocketRevocation,
  ) {}

  onModuleInit() {
    this.revocation.onRightsChanged((userId) => this.user(userId));
  }

  /** Every socket in the room, each person's access read afresh. */
  async room(roomId: string): Promise<void> {
    const server = this.broadcaster.server;
    if (!server) return;
    await this.recheck(roomId, await server.in(roomChannel(roomId)).fetchSockets());
  }

  /** Every room this person's sockets are in. */
  async user(userId: string): Promise<void> {
    const server = this.broadcaster.server;
    if (!server) return;
    const sockets = await server.in(userRoom(userId)).fetchSockets();
    const roomIds = new Set(
      sockets.flatMap((s) => [...s.rooms].map((r) => CHANNEL.exec(r)?.[1]).filter((id): id is string => Boolean(id))),
    );
    for (const roomId of roomIds)
      await this.recheck(
        roomId,
        sockets.filter((s) => s.rooms.has(roomChannel(roomId))),
      );
  }

  private async recheck(roomId: string, sockets: Awaited<ReturnType<NonNullable<RoomsBroadcaster['server']>['fetchSockets']>>) {
    const verdicts = new Map<string | null, Promise<boolean>>();
    const allowed = (userId: string | null) => {
      if (!verdicts.has(userId)) {
        verdicts.set(
          userId,
          this.rooms.liveAccess(roomId, userId).then(
            (a) => a.canEnter,
            () => false,
          ),
        );
      }
      return verdicts.get(userId)!;
    };
    for (const socket of sockets) {
      const data = socket.data as SocketIdentity;
      if (await allowed(data.user?.id ?? null)) continue;
      const payload: Parameters<SessionServerToClientEvents['room:access_removed']>[0] = {
        roomId,
        error: socketError(data.lang, 'rooms.access_removed'),
      };
      (socket as unknown as { emit: (event: 'room:access_removed', p: typeof payload) => void }).emit('room:access_removed', payload);
      socket.leave(roomChannel(roomId));
      for (const language of LANGUAGES) socket.leave(roomLanguageChannel(roomId, language));
      this.logger.debug({ roomId, socket: socket.id }, 'room access removed');
    }
  }
}
