import type { SocketErrorBody } from '../rooms/rooms.events';

/** Why the server closed a socket's session: each has a message under `errors.<code>`. */
export const SESSION_END_REASONS = ['logout', 'password_changed', 'blocked', 'account_deleted', 'revoked'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * Server-to-client events of every socket (whatever feature it serves). Sent just before the
 * server disconnects the socket or takes a right away, so the client can say why.
 */
export interface SessionServerToClientEvents {
  /** The socket's session ended (signed out, password changed, account blocked or deleted): the server disconnects it. */
  'session:ended': (payload: { reason: SessionEndReason; error: SocketErrorBody }) => void;
  /** The person may no longer be in this room (invitation or role changed): the socket left it. */
  'room:access_removed': (payload: { roomId: string; error: SocketErrorBody }) => void;
}
