import { Logger, type OnModuleDestroy } from '@nestjs/common';
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
import { SessionsService } from '../../auth/sessions.service';
import { socketConnections } from '../observability/metrics';
import { SocketLeases } from './socket-leases';
import { refuseNulBytes } from './socket-input-guard';
import { SocketRevocation, sessionRoom, socketError, userRoom, type SocketIdentity } from './socket-revocation';

/** How often each process checks that its sockets' sessions still exist (catches expiry and any deletion not announced). */
const SWEEP_EVERY_MS = 15_000;

/**
 * The socket.io endpoint. The handshake is authenticated with the session cookie in a
 * socket.io middleware, so the user is known before the first event is handled; every
 * signed-in socket joins its `user:<id>` and `session:<hash>` rooms, through which
 * SocketRevocation ends it when the session or the person's rights go away. A signed-in socket
 * holds one of the person's SOCKETS_PER_USER places (SocketLeases, shared by every API process)
 * from its handshake until it closes.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger('realtime');
  private sweeper?: NodeJS.Timeout;
  private renewer?: NodeJS.Timeout;

  constructor(
    private readonly sessions: SessionsService,
    private readonly revocation: SocketRevocation,
    private readonly leases: SocketLeases,
  ) {}

  afterInit(server: Server) {
    this.revocation.attach(server);
    const admit = async (socket: Socket, next: (err?: Error) => void) => {
      const data = socket.data as SocketIdentity & { leaseId?: string };
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
        // One atomic step on every process together: N handshakes at once never take more than the limit.
        const leaseId = await this.leases.acquire(data.user.id).catch(() => undefined);
        if (!leaseId) {
          const code = leaseId === null ? 'too_many_connections' : 'unavailable';
          const refused = new Error(code) as Error & { data?: unknown };
          refused.data = socketError(data.lang, code, { seconds: 1 });
          return next(refused);
        }
        data.leaseId = leaseId;
        // Closed by the client while the lease was being taken (never connected): give the place back at once.
        if (socket.conn.readyState !== 'open') {
          await this.release(data);
          return next(new Error('closed'));
        }
      }
      next();
    };
    // A failure before next() would otherwise leave the handshake hanging.
    server.use((socket, next) => void admit(socket, next).catch(next));
    this.sweeper = setInterval(() => void this.sweep(server).catch(() => undefined), SWEEP_EVERY_MS);
    this.sweeper.unref();
    this.renewer = setInterval(() => void this.renew(server).catch(() => undefined), this.leases.renewEveryMs);
    this.renewer.unref();
  }

  async onModuleDestroy() {
    clearInterval(this.sweeper);
    clearInterval(this.renewer);
    await this.leases.releaseAll().catch(() => undefined);
  }

  async handleConnection(socket: Socket) {
    refuseNulBytes(socket);
    socketConnections.inc();
    const data = socket.data as SocketIdentity;
    if (data.user && data.sessionHash) await socket.join([userRoom(data.user.id), sessionRoom(data.sessionHash)]);
    this.logger.debug({ socket: socket.id, user: data.user?.id ?? null }, 'socket connected');
  }

  async handleDisconnect(socket: Socket) {
    await this.release(socket.data as SocketIdentity & { leaseId?: string });
  }

  private async release(data: { leaseId?: string }) {
    const leaseId = data.leaseId;
    if (!leaseId) return;
    data.leaseId = undefined;
    // Not given back (database gone for a moment): the lease is no longer renewed and runs out.
    await this.leases.release(leaseId).catch(() => undefined);
  }

  /** This process's open sockets keep their places; expired leases (of crashed processes) are cleared. */
  private async renew(server: Server) {
    const held = (await server.local.fetchSockets()).flatMap((s) => {
      const data = s.data as SocketIdentity & { leaseId?: string };
      return data.leaseId && data.user ? [{ leaseId: data.leaseId, userId: data.user.id, data }] : [];
    });
    await this.leases.renew(held);
    // A socket that closed while renewing may have had its lease put back after release() deleted it.
    for (const h of held) if (h.data.leaseId !== h.leaseId) await this.leases.release(h.leaseId);
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
