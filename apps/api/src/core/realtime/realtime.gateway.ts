import { Logger } from '@nestjs/common';
import { ConnectedSocket, SubscribeMessage, WebSocketGateway, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import { SESSION_COOKIE } from '../auth/cookies';
import { SessionsService } from '../../auth/sessions.service';
import { socketConnections } from '../observability/metrics';

/**
 * The socket.io endpoint. The handshake is authenticated with the session cookie in a
 * socket.io middleware, so the user is known before the first event is handled; every
 * signed-in socket joins its `user:<id>` room (notifications, later discussion rooms).
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('realtime');

  constructor(private readonly sessions: SessionsService) {}

  afterInit(server: Server) {
    server.use((socket, next) => {
      this.identify(socket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  private async identify(socket: Socket) {
    const token = parseCookies(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
    const found = token ? await this.sessions.resolve(token).catch(() => undefined) : undefined;
    socket.data.user = found ? { id: found.user.id, displayName: found.user.displayName, role: found.user.role } : null;
  }

  async handleConnection(socket: Socket) {
    socketConnections.inc();
    if (socket.data.user) await socket.join(`user:${socket.data.user.id}`);
    this.logger.debug({ socket: socket.id, user: socket.data.user?.id ?? null }, 'socket connected');
  }

  /** Who the server thinks this socket is: lets clients check their session over the socket. */
  @SubscribeMessage('session:whoami')
  whoami(@ConnectedSocket() socket: Socket) {
    return { user: socket.data.user ?? null };
  }
}
