import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import {
  DEFAULT_LANGUAGE,
  ROOM_CLIENT_EVENTS,
  negotiateLanguage,
  type Language,
  type HandEntry,
  type PresenceEntry,
  type RoomClientToServerEvents,
  type RoomLiveState,
  type RoomMessage,
  type RoomClientEvent,
  type RoomServerToClientEvents,
  type SessionClientToServerEvents,
  type SessionServerToClientEvents,
  type SocketErrorBody,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ENV, type Env } from '../core/config/env';
import { AccountSettingsService } from '../auth/account-settings.service';
import { parseSocketPayload, socketErrorBody, toAppError } from '../core/realtime/socket-errors';
import type { UserEntity } from '../users/user.entity';
import { RoomsService } from './rooms.service';
import { RoomMessagesService, type Speaker } from './room-messages.service';
import { RoomLiveService } from './room-live.service';
import { RoomsBroadcaster, liveState, roomChannel } from './rooms.broadcaster';
import { RoomPresence, type RoomGrant } from './room-presence';
import { RoomTranslations, roomLanguageChannel } from './room-translations';
import { RoomsPolicy } from './rooms.policy';

interface SocketData {
  user: { id: string; displayName: string; role: UserEntity['role'] } | null;
  rooms?: Record<string, RoomGrant>;
  lang?: Language;
}

type RoomSocket = Socket<
  RoomClientToServerEvents & SessionClientToServerEvents,
  RoomServerToClientEvents & SessionServerToClientEvents,
  Record<string, never>,
  SocketData
>;
type Payload<E extends RoomClientEvent> = z.output<(typeof ROOM_CLIENT_EVENTS)[E]>;
/** What an event's acknowledgement receives, as the contract says, and what its handler returns (the `ok: true` part). */
type AckOf<E extends RoomClientEvent> = Parameters<Parameters<RoomClientToServerEvents[E]>[1]>[0];
type Result<E extends RoomClientEvent> = Omit<Extract<AckOf<E>, { ok: true }>, 'ok'>;
type Handler<E extends RoomClientEvent> = (socket: RoomSocket, p: Payload<E>) => Promise<Result<E>>;

/** Per socket, at most this many events per second on average (bursts up to twice that). */
const EVENTS_PER_SECOND = 20;

/**
 * Discussion rooms over socket.io. Each client event is validated against libs/contracts,
 * checked against the sender's rights in that room, and answered through its acknowledgement
 * with `{ ok: true, ... }` or `{ ok: false, error }` (a stable code and a translated message).
 */
@WebSocketGateway()
export class RoomsGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  @WebSocketServer() server!: Server;
  private readonly logger = new Logger('rooms');
  private presence!: RoomPresence;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly rooms: RoomsService,
    private readonly messages: RoomMessagesService,
    private readonly live: RoomLiveService,
    private readonly broadcaster: RoomsBroadcaster,
    private readonly translations: RoomTranslations,
    private readonly accountSettings: AccountSettingsService,
  ) {}

  afterInit(server: Server) {
    this.broadcaster.server = server as RoomsBroadcaster['server'];
    this.presence = new RoomPresence(() => this.server ?? server, this.broadcaster, Boolean(this.env.REDIS_URL));
    this.presence.listen();
  }

  onModuleDestroy() {
    this.presence?.stop();
  }

  handleConnection(socket: RoomSocket) {
    socket.data.rooms = {};
    const auth = socket.handshake.auth as { lang?: unknown } | undefined;
    socket.data.lang =
      negotiateLanguage(typeof auth?.lang === 'string' ? auth.lang : undefined) ??
      negotiateLanguage(socket.handshake.headers['accept-language']) ??
      DEFAULT_LANGUAGE;
    let tokens = EVENTS_PER_SECOND * 2;
    let refilled = Date.now();
    // Flooding with events of any kind is refused (through the ack when there is one); the socket stays up.
    socket.use(([event, ...args], next) => {
      const now = Date.now();
      tokens = Math.min(EVENTS_PER_SECOND * 2, tokens + ((now - refilled) / 1000) * EVENTS_PER_SECOND);
      refilled = now;
      if (tokens >= 1) {
        tokens--;
        return next();
      }
      const ack = args[args.length - 1];
      const error = this.errorBody(socket, AppError.rateLimited(1));
      if (typeof ack === 'function') ack({ ok: false, error });
      else socket.emit('socket:error', { event: String(event), error });
    });
    socket.onAny((event: string, ...args: unknown[]) => {
      // Any name a client sent: the typed socket only knows the contract's names, hence the cast.
      if (socket.listeners(event as RoomClientEvent).length === 0) {
        const ack = args[args.length - 1];
        const body = this.errorBody(socket, new AppError('rooms.unknown_event'));
        if (typeof ack === 'function') ack({ ok: false, error: body });
        else socket.emit('socket:error', { event, error: body });
      }
    });
    for (const event of Object.keys(ROOM_CLIENT_EVENTS) as RoomClientEvent[]) {
      socket.on(event, (payload: unknown, ack?: unknown) => void this.dispatch(socket, event, payload, ack));
    }
  }

  async handleDisconnect(socket: RoomSocket) {
    for (const [roomId, grant] of Object.entries(socket.data.rooms ?? {})) {
      await this.presence.left(roomId, grant.presence?.userId ?? null).catch(() => undefined);
    }
  }

  private async dispatch<E extends RoomClientEvent>(socket: RoomSocket, event: E, payload: unknown, ack: unknown) {
    if (typeof ack !== 'function') {
      socket.emit('socket:error', { event, error: this.errorBody(socket, AppError.validation([{ path: 'ack', code: 'required' }])) });
      return;
    }
    const answer = ack as (answer: AckOf<E>) => void;
    try {
      const handler: Handler<E> = this.handlers[event];
      const result = await handler(socket, parseSocketPayload(ROOM_CLIENT_EVENTS[event], payload) as Payload<E>);
      answer({ ok: true, ...result } as AckOf<E>);
    } catch (error) {
      answer({ ok: false, error: this.errorBody(socket, error) });
    }
  }

  /** One handler per client event of the contract (a missing one does not compile). */
  private readonly handlers: { [E in RoomClientEvent]: Handler<E> } = {
    'room:join': (socket, q) => this.join(socket, q),
    'room:leave': (socket, q) => this.leave(socket, q.roomId),
    'room:history': async (socket, q) => {
      this.grant(socket, q.roomId);
      const r = await this.messages.page(q.roomId, socket.data.user?.id ?? null, q.beforeSeq, q.limit);
      return { ...r, messages: await this.translations.attach(r.messages, this.reader(socket)) };
    },
    'room:catch_up': async (socket, q) => {
      this.grant(socket, q.roomId);
      const r = await this.catchUp(q.roomId, socket.data.user?.id ?? null, q.afterRev);
      return { ...r, messages: await this.translations.attach(r.messages, this.reader(socket)) };
    },
    'message:send': async (socket, q) => {
      const speaker = await this.contributor(socket, q.roomId);
      const r = await this.messages.send(speaker, q.roomId, q);
      // Broadcast again on a retry too: the first attempt may have committed and died before broadcasting.
      // Once per language channel, translated (not awaited: the ack does not wait for the engine).
      void this.translations.broadcastNew(r.message);
      return r;
    },
    'message:edit': async (socket, q) => {
      const speaker = await this.contributor(socket, q.roomId);
      const r = await this.updated(this.messages.edit(speaker, q.roomId, q.messageId, q.body));
      void this.translations.fanOut(r.message);
      return r;
    },
    'message:delete': (socket, q) => this.updated(this.messages.delete(this.speaker(socket, q.roomId), q.roomId, q.messageId)),
    'message:react': async (socket, q) => {
      const speaker = await this.contributor(socket, q.roomId);
      return this.updated(this.messages.react(speaker.userId, q.roomId, q.messageId, q.kind, q.on));
    },
    'hand:raise': async (socket, q) => {
      const speaker = await this.contributor(socket, q.roomId);
      return this.handsChanged(q.roomId, await this.live.setHand(q.roomId, speaker.userId, true));
    },
    'hand:lower': async (socket, q) => {
      const speaker = this.speaker(socket, q.roomId);
      if (q.userId && q.userId !== speaker.userId) await this.facilitator(socket, q.roomId);
      return this.handsChanged(q.roomId, await this.live.setHand(q.roomId, q.userId ?? speaker.userId, false));
    },
    'message:pin': async (socket, q) => {
      await this.facilitator(socket, q.roomId);
      return this.updated(this.messages.pin(q.roomId, q.messageId, q.pinned));
    },
    'message:hide': async (socket, q) => {
      const userId = await this.facilitator(socket, q.roomId);
      return this.updated(this.messages.hide(userId, q.roomId, q.messageId, q.reason));
    },
    'message:key_point': async (socket, q) => {
      await this.facilitator(socket, q.roomId);
      return this.updated(this.messages.keyPoint(q.roomId, q.messageId, q.keyPoint));
    },
    'room:slow_mode': async (socket, q) => {
      await this.facilitator(socket, q.roomId);
      return this.stateChanged(await this.live.setSlowMode(q.roomId, q.seconds));
    },
    'room:next_item': async (socket, q) => {
      await this.facilitator(socket, q.roomId);
      return this.stateChanged(await this.live.nextItem(q.roomId));
    },
    'participant:mute': async (socket, q) => {
      const by = await this.facilitator(socket, q.roomId);
      const muted = await this.live.setMuted(by, q.roomId, q.userId, q.muted);
      this.broadcaster.emit(q.roomId, 'participant:muted', { roomId: q.roomId, userId: q.userId, muted: q.muted });
      if (q.muted) this.broadcaster.emit(q.roomId, 'hands:changed', { roomId: q.roomId, hands: await this.live.hands(q.roomId) });
      return { muted };
    },
  };

  /** Entering: the room's rules decide; then the socket gets the live state and the history (or what it missed). */
  private async join(socket: RoomSocket, p: Payload<'room:join'>) {
    const access = await this.rooms.liveAccess(p.roomId, socket.data.user?.id ?? null);
    const user = access.user;
    if (!access.canEnter) throw user ? AppError.forbidden() : AppError.unauthenticated();
    const organisation = p.organisationId ? access.organisations.find((o) => o.id === p.organisationId) : access.organisations[0];
    if (p.organisationId && !organisation) throw AppError.validation([{ path: 'organisationId', code: 'invalid_option' }]);
    const presence: PresenceEntry | null = user
      ? {
          userId: user.id,
          displayName: user.displayName,
          category: user.category,
          organisation: organisation?.name ?? null,
          facilitator: access.canFacilitate,
        }
      : null;
    const speaker: Speaker | null = user
      ? {
          userId: user.id,
          category: user.category,
          country: user.country,
          organisation: organisation ?? null,
          facilitator: access.canFacilitate,
        }
      : null;
    const already = Boolean(socket.data.rooms![p.roomId]);
    const unverified = Boolean(user && user.role === 'participant' && !user.emailVerified);
    const unconsented = Boolean(user && !user.consented);
    socket.data.rooms![p.roomId] = { presence, speaker, facilitator: access.canFacilitate, unverified, unconsented };
    // Join the channel before reading: anything committed later is broadcast to this socket too.
    await socket.join([roomChannel(p.roomId), roomLanguageChannel(p.roomId, this.reader(socket))]);
    if (!already) this.presence.joined(p.roomId, presence);
    const viewer = user?.id ?? null;
    const reader = this.reader(socket);
    const [arrival, history, pinned, snapshot, translationOn] = await Promise.all([
      this.live.arrival(p.roomId),
      p.afterRev !== undefined
        ? this.messages.since(p.roomId, viewer, p.afterRev)
        : this.messages.page(p.roomId, viewer).then((h) => ({ ...h, hasMore: false })),
      this.messages.pinned(p.roomId, viewer),
      this.presence.snapshot(p.roomId),
      this.translations.available(),
    ]);
    return {
      state: liveState(access.room),
      rev: arrival.rev,
      messages: await this.translations.attach(history.messages, reader),
      catchUp: p.afterRev !== undefined,
      hasMore: history.hasMore,
      hasOlder: 'hasOlder' in history ? Boolean(history.hasOlder) : false,
      pinned: await this.translations.attach(pinned, reader),
      presence: snapshot,
      hands: arrival.hands,
      muted: arrival.muted,
      me: { userId: viewer, canPost: RoomsPolicy.canPost(user ?? undefined, true, access.room.status), facilitator: access.canFacilitate },
      translation: { language: reader, available: translationOn },
    };
  }

  private async leave(socket: RoomSocket, roomId: string) {
    const grant = socket.data.rooms?.[roomId];
    if (!grant) return {};
    delete socket.data.rooms![roomId];
    await socket.leave(roomChannel(roomId));
    await socket.leave(roomLanguageChannel(roomId, this.reader(socket)));
    await this.presence.left(roomId, grant.presence?.userId ?? null);
    return {};
  }

  private catchUp(roomId: string, viewer: string | null, afterRev: number) {
    return this.messages.catchUp(roomId, viewer, afterRev);
  }

  /** The language this socket reads in (its interface language, from the handshake). */
  private reader(socket: RoomSocket): Language {
    return socket.data.lang ?? DEFAULT_LANGUAGE;
  }

  private grant(socket: RoomSocket, roomId: string): RoomGrant {
    const grant = socket.data.rooms?.[roomId];
    // Not in the channel any more: RoomAccessRecheck took the room away (from any API process).
    if (grant && !socket.rooms.has(roomChannel(roomId))) {
      delete socket.data.rooms![roomId];
      void this.presence.left(roomId, grant.presence?.userId ?? null).catch(() => undefined);
      throw new AppError('rooms.access_removed');
    }
    if (!grant) throw new AppError('rooms.not_joined');
    return grant;
  }

  /** A signed-in person who entered the room. */
  private speaker(socket: RoomSocket, roomId: string): Speaker {
    const grant = this.grant(socket, roomId);
    if (!grant.speaker) throw AppError.unauthenticated();
    return grant.speaker;
  }

  /**
   * A speaker who may contribute: when the admins say unverified accounts may not, a participant
   * who has not confirmed their address is refused (as on HTTP, see VerifiedGuard), read afresh
   * from the database so that confirming in another tab counts at once.
   */
  private async contributor(socket: RoomSocket, roomId: string): Promise<Speaker> {
    const speaker = this.speaker(socket, roomId);
    const grant = socket.data.rooms![roomId];
    const checkVerified = grant.unverified && !(await this.accountSettings.get()).unverifiedMayContribute;
    if (!checkVerified && !grant.unconsented) return speaker;
    const row = await this.messages.authorStanding(speaker.userId);
    // Like ConsentGuard on HTTP: an account that never accepted the privacy notice and terms does not write.
    if (!row?.consented) throw new AppError('auth.consent_required');
    grant.unconsented = false;
    if (checkVerified && !row.verified) throw new AppError('auth.email_unverified');
    if (row.verified) grant.unverified = false;
    return speaker;
  }

  /** Facilitation rights are checked again against the database on every such event. */
  private async facilitator(socket: RoomSocket, roomId: string): Promise<string> {
    this.grant(socket, roomId);
    if (!socket.data.user) throw AppError.unauthenticated();
    const access = await this.rooms.liveAccess(roomId, socket.data.user.id);
    if (!access.user) throw AppError.unauthenticated();
    if (!access.canFacilitate) throw AppError.forbidden();
    return access.user.id;
  }

  private async updated(work: Promise<RoomMessage>) {
    const message = await work;
    this.broadcaster.emit(message.roomId, 'message:updated', { ...message, myReactions: [] });
    return { message };
  }

  private handsChanged(roomId: string, hands: HandEntry[]) {
    this.broadcaster.emit(roomId, 'hands:changed', { roomId, hands });
    return { hands };
  }

  private stateChanged(state: RoomLiveState) {
    this.broadcaster.emit(state.roomId, 'room:state', state);
    return { state };
  }

  private errorBody(socket: RoomSocket, error: unknown): SocketErrorBody {
    const e = toAppError(error);
    if (e.status >= 500) this.logger.error({ err: error, socket: socket.id }, 'room event failed');
    return socketErrorBody(socket.data.lang, e, socket.id);
  }
}
