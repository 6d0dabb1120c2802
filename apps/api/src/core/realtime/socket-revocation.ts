import { Injectable, Logger } from '@nestjs/common';
import type { Server } from 'socket.io';
import { DEFAULT_LANGUAGE, type Language, type SessionEndReason, type SocketErrorBody } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';

/** socket.io rooms every signed-in socket joins at connection. */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionHash: string) => `session:${sessionHash}`;

/** What the handshake stores on a socket (read on every process through fetchSockets). */
export interface SocketIdentity {
  user: { id: string; displayName: string; role: string } | null;
  sessionHash?: string;
  lang?: Language;
}

type RightsListener = (userId: string) => Promise<void>;

export const socketError = (lang: Language | undefined, code: string, params: Record<string, unknown> = {}): SocketErrorBody => ({
  code: code as SocketErrorBody['code'],
  message: translate(lang ?? DEFAULT_LANGUAGE, `errors.${code}`, params),
  fields: [],
});

/**
 * Makes open sockets lose what their session or rights lose, at once and on every API process
 * (the socket.io adapter carries fetchSockets, emit and disconnect across replicas through Redis).
 *
 * - `endSessions(hashes, reason)` / `endUser(userId, reason, keepHash?)`: after sessions were deleted
 *   (call it once the transaction that deleted them committed), the sockets of those sessions get
 *   `session:ended` with the reason, translated, and are disconnected. SessionsService.endSessionsOf
 *   deletes and disconnects in one call.
 * - `rightsChanged(userId)`: the person's role, category or standing changed; listeners (the rooms)
 *   re-check what that person's open sockets may still see.
 */
@Injectable()
export class SocketRevocation {
  private readonly logger = new Logger('realtime');
  private server?: Server;
  private readonly listeners: RightsListener[] = [];

  attach(server: Server) {
    this.server = server;
  }

  onRightsChanged(listener: RightsListener) {
    this.listeners.push(listener);
  }

  async endSessions(sessionHashes: string[], reason: SessionEndReason): Promise<void> {
    if (!sessionHashes.length) return;
    await this.end(sessionHashes.map(sessionRoom), reason);
  }

  async endUser(userId: string, reason: SessionEndReason, keepSessionHash?: string): Promise<void> {
    await this.end([userRoom(userId)], reason, keepSessionHash);
  }

  async rightsChanged(userId: string): Promise<void> {
    for (const listener of this.listeners)
      await listener(userId).catch((error) => this.logger.warn({ err: error, userId }, 'rights re-check failed'));
  }

  private async end(rooms: string[], reason: SessionEndReason, keepSessionHash?: string) {
    if (!this.server) return;
    const sockets = await this.server.in(rooms).fetchSockets();
    for (const socket of sockets) {
      const data = socket.data as SocketIdentity;
      if (keepSessionHash && data.sessionHash === keepSessionHash) continue;
      socket.emit('session:ended', { reason, error: socketError(data.lang, `session.${reason}`) });
      socket.disconnect(true);
    }
  }
}
