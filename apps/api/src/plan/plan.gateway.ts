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
import { PLAN_CLIENT_EVENTS, type PlanPresenceEntry, type Role } from '@polyphony/contracts';
import { isStaff } from '../core/auth/staff';
import { SocketRevocation, userRoom } from '../core/realtime/socket-revocation';

interface PlanSocketData {
  user: { id: string; displayName: string; role: string } | null;
  /** Plans this socket watches, with the section it is editing. */
  plans?: Record<string, string | null>;
}
type PlanSocket = Socket<
  Record<string, (...args: any[]) => void>,
  Record<string, (...args: any[]) => void>,
  Record<string, never>,
  PlanSocketData
>;

const channel = (planId: string) => `plan:${planId}`;
const CHANNEL = /^plan:([0-9a-f-]{36})$/;

/**
 * Editing presence: officials who open the editor join the plan's channel and say which section
 * they are editing; everyone in the channel receives the list (computed with fetchSockets, so it
 * holds across API replicas with the Redis adapter) and a notice when a section is saved.
 */
@WebSocketGateway()
export class PlanGateway implements OnGatewayDisconnect, OnModuleInit {
  @WebSocketServer() server!: Server;
  private readonly logger = new Logger('plan');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revocation: SocketRevocation,
  ) {}

  onModuleInit() {
    this.revocation.onRightsChanged((userId) => this.recheck(userId));
  }

  /** The role is read afresh (not the one of the handshake): a demoted official cannot join again. */
  private async isStaffNow(socket: PlanSocket): Promise<boolean> {
    if (!socket.data.user) return false;
    const [row]: { role: Role }[] = await this.db.query(`SELECT role FROM users WHERE id = $1 AND blocked_at IS NULL`, [
      socket.data.user.id,
    ]);
    return isStaff(row);
  }

  @SubscribeMessage('plan:join')
  async join(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown) {
    const parsed = PLAN_CLIENT_EVENTS['plan:join'].safeParse(body);
    if (!parsed.success || !(await this.isStaffNow(socket))) return { ok: false };
    socket.data.plans = { ...(socket.data.plans ?? {}), [parsed.data.planId]: null };
    await socket.join(channel(parsed.data.planId));
    return { ok: true, editors: await this.broadcast(parsed.data.planId) };
  }

  @SubscribeMessage('plan:editing')
  async editing(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown) {
    const parsed = PLAN_CLIENT_EVENTS['plan:editing'].safeParse(body);
    // Still in the channel: recheck() takes it away (on whichever process holds the socket) when the role goes.
    if (
      !parsed.success ||
      !socket.data.plans ||
      !(parsed.data.planId in socket.data.plans) ||
      !socket.rooms.has(channel(parsed.data.planId))
    )
      return { ok: false };
    socket.data.plans = { ...socket.data.plans, [parsed.data.planId]: parsed.data.sectionId };
    return { ok: true, editors: await this.broadcast(parsed.data.planId) };
  }

  @SubscribeMessage('plan:leave')
  async leave(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown) {
    const parsed = PLAN_CLIENT_EVENTS['plan:leave'].safeParse(body);
    if (!parsed.success) return { ok: false };
    const { [parsed.data.planId]: _gone, ...rest } = socket.data.plans ?? {};
    socket.data.plans = rest;
    await socket.leave(channel(parsed.data.planId));
    await this.broadcast(parsed.data.planId);
    return { ok: true };
  }

  async handleDisconnect(socket: PlanSocket) {
    for (const planId of Object.keys(socket.data.plans ?? {})) await this.broadcast(planId).catch(() => undefined);
  }

  /** A person whose role changed: if no longer staff, their sockets leave every plan channel, and the others see them go. */
  private async recheck(userId: string) {
    if (!this.server) return;
    const [row]: { role: Role }[] = await this.db.query(`SELECT role FROM users WHERE id = $1 AND blocked_at IS NULL`, [userId]);
    if (isStaff(row)) return;
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
      const data = s.data as PlanSocketData;
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
