import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayDisconnect,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { PLAN_CLIENT_EVENTS, type PlanPresenceEntry } from '@polyphony/contracts';

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
const isStaff = (socket: PlanSocket) => socket.data.user?.role === 'admin' || socket.data.user?.role === 'official';

/**
 * Editing presence: officials who open the editor join the plan's channel and say which section
 * they are editing; everyone in the channel receives the list (computed with fetchSockets, so it
 * holds across API replicas with the Redis adapter) and a notice when a section is saved.
 */
@WebSocketGateway()
export class PlanGateway implements OnGatewayDisconnect {
  @WebSocketServer() server!: Server;

  @SubscribeMessage('plan:join')
  async join(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown) {
    const parsed = PLAN_CLIENT_EVENTS['plan:join'].safeParse(body);
    if (!parsed.success || !isStaff(socket)) return { ok: false };
    socket.data.plans = { ...(socket.data.plans ?? {}), [parsed.data.planId]: null };
    await socket.join(channel(parsed.data.planId));
    return { ok: true, editors: await this.broadcast(parsed.data.planId) };
  }

  @SubscribeMessage('plan:editing')
  async editing(@ConnectedSocket() socket: PlanSocket, @MessageBody() body: unknown) {
    const parsed = PLAN_CLIENT_EVENTS['plan:editing'].safeParse(body);
    if (!parsed.success || !socket.data.plans || !(parsed.data.planId in socket.data.plans)) return { ok: false };
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
