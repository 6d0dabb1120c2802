import { Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayDisconnect,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  PLAN_CLIENT_EVENTS,
  type Ack,
  type PlanClientToServerEvents,
  type PlanPresenceEntry,
  type PlanServerToClientEvents,
} from '@polyphony/contracts';
import { isStaff } from '../core/auth/staff';
import { AppError } from '../core/errors/app-error';
import { parseSocketPayload, socketErrorBody, toAppError } from '../core/realtime/socket-errors';
import { SocketRevocation, userRoom, type SocketIdentity } from '../core/realtime/socket-revocation';
import { PlanRepository } from './plan.repository';

interface PlanSocketData extends SocketIdentity {
  /** Plans this socket watches, with the section it is editing. */
  plans?: Record<string, string | null>;
}
type PlanServer = Server<PlanClientToServerEvents, PlanServerToClientEvents, Record<string, never>, PlanSocketData>;
type PlanSocket = Socket<PlanClientToServerEvents, PlanServerToClientEvents, Record<string, never>, PlanSocketData>;
/** What an event's acknowledgement receives, as the contract says. */
type Answer<E extends keyof PlanClientToServerEvents> = Parameters<Parameters<PlanClientToServerEvents[E]>[1]>[0];

const channel = (planId: string) => `plan:${planId}`;
const CHANNEL = /^plan:([0-9a-f-]{36})$/;

/**
 * Editing presence: officials who open the editor join the plan's channel and say which section
 * they are editing; everyone in the channel receives the list (computed with fetchSockets, so it
 * holds across API replicas with the Redis adapter) and a notice when a section is saved.
 * Every event is answered like the rooms' ones: `{ ok: true, ... }` or `{ ok: false, error }`.
 */
@WebSocketGateway()
export class PlanGateway implements OnGatewayDisconnect, OnModuleInit {
  @WebSocketServer() server!: PlanServer;
  private readonly logger = new Logger('plan');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revocation: SocketRevocation,
  ) {}

  onModuleInit() {
    this.revocation.onRightsChanged((userId) => this.recheck(userId));
  }

  /** The role is read afresh (not the one of the handshake): a demoted official cannot join again. */
  private async assertStaffNow(socket: PlanSocket): Promise<void> {
    if (!socket.data.user) throw AppError.unauthenticated();
    if (!isStaff(await new PlanRepository(this.db.manager).activeRole(socket.data.user.id))) throw AppError.forbidden();
  }

  @SubscribeMessage('plan:join')
  join(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown): Promise<Answer<'plan:join'>> {
    return this.answer(socket, async () => {
      const { planId } = parseSocketPayload(PLAN_CLIENT_EVENTS['plan:join'], body);
      await this.assertStaffNow(socket);
      socket.data.plans = { ...(socket.data.plans ?? {}), [planId]: null };
      await socket.join(channel(planId));
      return { editors: await this.broadcast(planId) };
    });
  }

  @SubscribeMessage('plan:editing')
  editing(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown): Promise<Answer<'plan:editing'>> {
    return this.answer(socket, async () => {
      const { planId, sectionId } = parseSocketPayload(PLAN_CLIENT_EVENTS['plan:editing'], body);
      // Still in the channel: recheck() takes it away (on whichever process holds the socket) when the role goes.
      if (!socket.data.plans || !(planId in socket.data.plans) || !socket.rooms.has(channel(planId))) throw AppError.forbidden();
      socket.data.plans = { ...socket.data.plans, [planId]: sectionId };
      return { editors: await this.broadcast(planId) };
    });
  }

  @SubscribeMessage('plan:leave')
  leave(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown): Promise<Answer<'plan:leave'>> {
    return this.answer(socket, async () => {
      const { planId } = parseSocketPayload(PLAN_CLIENT_EVENTS['plan:leave'], body);
      const { [planId]: _gone, ...rest } = socket.data.plans ?? {};
      socket.data.plans = rest;
      await socket.leave(channel(planId));
      await this.broadcast(planId);
      return {};
    });
  }

  /** Runs an event's work and turns a refusal (or a failure) into the acknowledgement's error. */
  private async answer<T extends object>(socket: PlanSocket, work: () => Promise<T>): Promise<Ack<T>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      const e = toAppError(error);
      if (e.status >= 500) this.logger.error({ err: error, socket: socket.id }, 'plan event failed');
      return { ok: false, error: socketErrorBody(socket.data.lang, e, socket.id) };
    }
  }

  async handleDisconnect(socket: PlanSocket) {
    for (const planId of Object.keys(socket.data.plans ?? {})) await this.broadcast(planId).catch(() => undefined);
  }

  /** A person whose role changed: if no longer staff, their sockets leave every plan channel, and the others see them go. */
  private async recheck(userId: string) {
    if (!this.server) return;
    if (isStaff(await new PlanRepository(this.db.manager).activeRole(userId))) return;
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    const plans = new Set<string>();
    for (const s of sockets)
      for (const room of s.rooms) {
        const planId = CHANNEL.exec(room)?.[1];
        if (!planId) continue;
        plans.add(planId);
        s.leave(room);
      }
    for (const planId of plans) await this.broadcast(planId).catch((error) => this.logger.warn({ err: error, planId }, 'plan presence'));
  }

  /** Tells the editors a section was saved (their copy may now be stale). */
  sectionSaved(planId: string, sectionId: string, revision: number, by: string) {
    this.server?.to(channel(planId)).emit('plan:section_saved', { planId, sectionId, revision, by });
  }

  private async broadcast(planId: string): Promise<PlanPresenceEntry[]> {
    if (!this.server) return [];
    const sockets = await this.server.in(channel(planId)).fetchSockets();
    const byUser = new Map<string, PlanPresenceEntry>();
    for (const s of sockets) {
      const data = s.data;
      if (!data.user || !data.plans || !(planId in data.plans)) continue;
      const sectionId = data.plans[planId];
      const previous = byUser.get(data.user.id);
      if (!previous || (!previous.sectionId && sectionId))
        byUser.set(data.user.id, { userId: data.user.id, displayName: data.user.displayName, sectionId });
    }
    const editors = [...byUser.values()];
    this.server.to(channel(planId)).emit('plan:presence', { planId, editors });
    return editors;
  }
}
