import { Injectable } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayInit } from '@nestjs/websockets';
import type { Server } from 'socket.io';
import { NOTIFICATION_EVENT, type NotificationEvent, type NotificationServerToClientEvents } from '@polyphony/contracts';

/** Pushes to a person's `user:<id>` room (joined by every signed-in socket in RealtimeGateway). */
@Injectable()
@WebSocketGateway()
export class NotificationsGateway implements OnGatewayInit {
  private server?: Server<Record<string, never>, NotificationServerToClientEvents>;

  afterInit(server: Server<Record<string, never>, NotificationServerToClientEvents>) {
    this.server = server;
  }

  push(userId: string, event: NotificationEvent) {
    this.server?.to(`user:${userId}`).emit(NOTIFICATION_EVENT, event);
  }
}
