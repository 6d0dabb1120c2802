import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import { DEFAULT_LANGUAGE, negotiateLanguage } from '@polyphony/contracts';
import { sessionCookieName } from '../auth/cookies';
import { ENV, type Env } from '../config/env';
import { SessionsService } from '../../auth/sessions.service';
import { socketConnections } from '../observability/metrics';
import { SocketRevocation, sessionRoom, socketError, userRoom, type SocketIdentity } from './socket-revocation';

/** How often each process checks that its sockets' sessions still exist (catches expiry and any deletion not announced). */
const SWEEP_EVERY_MS = 15_000;

/**
 * The socket.io endpoint. The handshake is authenticated with the session cookie in a
 * socket.io middleware, so the user is known before the first event is handled; every
 * signed-in socket joins its `user:<id>` and `session:<hash>` rooms, through which
 * SocketRevocation ends it when the session or the person's rights go away.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger('realtime');
  private readonly perUser = new Map<string, number>();
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionsService,
    private readonly revocation: SocketRevocation,
    @Inject(ENV) private readonly env: Env,
  ) {}

  afterInit(server: Server) {
    this.revocation.attach(server);
    const admit = async (socket: Socket, next: (err?: Error) => void) => {
      const data = socket.data as SocketIdentity & { counted?: boolean };
      const auth = socket.handshake.auth as { lang?: unknown } | undefined;
      data.lang =
        negotiateLanguage(typeof auth?.lang === 'string' ? auth.lang : undefined) ??
        negotiateLanguage(socket.handshake.headers['accept-language']) ??
        DEFAULT_LANGUAGE;
      const cookies = parseCookies(socket.handshake.headers.cookie ?? '');
      // The __Host- name when the page is on https (the handshake itself may reach us through a proxy).
      const token = cookies[sessionCookieName(true)] ?? cookies[sessionCookieName(false)];
      const found = token ? await this.sessions.resolve(token).catch(() => undefined) : undefined;
      data.user = found ? { id: found.user.id, displayName: found.user.displayName, role: found.user.role } : null;
      data.sessionHash = found?.hash;
      if (data.user) {
        // Counted synchronously (no await between the check and the increment): atomic in this process.
        const open = this.perUser.get(data.user.id) ?? 0;
        if (open >= this.env.SOCKETS_PER_USER) {
          const refused = new Error('too_many_connections') as Error & { data?: unknown };
          refused.data = socketError(data.lang, 'too_many_connections');
          return next(refused);
        }
        this.perUser.set(data.user.id, open + 1);
        data.counted = true;
      }
      next();
    };
    // A failure before next() would otherwise leave the handshake hanging.
    server.use((socket, next) => void admit(socket, next).catch(next));
    this.sweeper = setInterval(() => void this.sweep(server).catch(() => undefined), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  onModuleDestroy() {
    clearInterval(this.sweeper);
  }

  async handleConnection(socket: Socket) {
    socketConnections.inc();
    const data = socket.data as SocketIdentity;
    if (data.user && data.sessionHash) await socket.join([userRoom(data.user.id), sessionRoom(data.sessionHash)]);
    this.logger.debug({ socket: socket.id, user: data.user?.id ?? null }, 'socket connected');
  }

  handleDisconnect(socket: Socket) {
    const data = socket.data as SocketIdentity & { counted?: boolean };
    if (!data.user || !data.counted) return;
    data.counted = false;
    const left = (this.perUser.get(data.user.id) ?? 1) - 1;
    if (left > 0) this.perUser.set(data.user.id, left);
    else this.perUser.delete(data.user.id);
  }

  /** Who the server thinks this socket is, read again from the database (a changed role shows at once). */
  @SubscribeMessage('session:whoami')
  async whoami(@ConnectedSocket() socket: Socket) {
    const data = socket.data as SocketIdentity;
    if (!data.sessionHash) return { user: null };
    const found = await this.sessions.resolveHash(data.sessionHash);
    if (!found) {
      await this.revocation.endSessions([data.sessionHash], 'revoked');
      return { user: null };
    }
    data.user = { id: found.user.id, displayName: found.user.displayName, role: found.user.role };
    return { user: data.user };
  }

  /** Sockets of this process whose session was deleted or expired without an announcement are ended. */
  private async sweep(server: Server) {
    const sockets = await server.local.fetchSockets();
    const hashes = [...new Set(sockets.map((s) => (s.data as SocketIdentity).sessionHash).filter((h): h is string => Boolean(h)))];
    const alive = await this.sessions.alive(hashes);
    const gone = hashes.filter((h) => !alive.has(h));
    if (gone.length) await this.revocation.endSessions(gone, 'revoked');
  }
}
