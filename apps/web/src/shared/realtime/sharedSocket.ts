import { io, type Socket } from 'socket.io-client';
import type {
  NotificationServerToClientEvents,
  PlanClientToServerEvents,
  PlanServerToClientEvents,
  RoomClientToServerEvents,
  RoomServerToClientEvents,
  SessionClientToServerEvents,
  SessionServerToClientEvents,
} from '@polyphony/contracts';

/** Everything the server may send on the page's socket (every gateway is on the default namespace). */
export type AppServerEvents = RoomServerToClientEvents &
  PlanServerToClientEvents &
  NotificationServerToClientEvents &
  SessionServerToClientEvents;
/** Everything the page may send. */
export type AppClientEvents = RoomClientToServerEvents & PlanClientToServerEvents & SessionClientToServerEvents;
export type AppSocket = Socket<AppServerEvents, AppClientEvents>;

/** A listener added through a use: 'connect' (each use re-subscribes there), 'disconnect', or a server event. */
interface Listen {
  (event: 'connect', listener: () => void): void;
  (event: 'disconnect', listener: (reason: Socket.DisconnectReason) => void): void;
  <E extends keyof AppServerEvents>(event: E, listener: AppServerEvents[E]): void;
}

/** One user's hold on the shared connection (a room client, a hook); its listeners go with it. */
export interface SocketUse {
  readonly socket: AppSocket;
  on: Listen;
  /** Reconnection attempts of the connection (the manager's event). */
  onReconnectAttempt(listener: () => void): void;
  /**
   * Which connection the socket is on: it changes when the connection is opened again on purpose (first
   * user, new session, new language), not when socket.io reconnects after a network loss. A user that
   * kept state from the server (a room's messages) reloads it whole when it changed.
   */
  generation(): number;
  /** Back online: connect again now if the connection is down (a reconnection already under way goes on). */
  wake(): void;
  /**
   * Removes this use's listeners; the last use closes the connection (after the current task: a user that
   * takes it again at once keeps it open). Twice is the same as once.
   */
  release(): void;
}

export interface SharedSocket {
  /** The first use opens the connection (lazily created); each use registers its own listeners. */
  acquire(): SocketUse;
  /** How many uses hold the connection. */
  users(): number;
  /**
   * The reader's interface language changed. The connection is opened again with the new language in its
   * handshake rather than told through an event: the handshake is where every gateway reads it (translated
   * errors, and the room's language channel joined at `room:join`), so reconnecting needs no server state to
   * move (channels joined in the old language on whichever API process holds the socket), and each user
   * re-subscribes on 'connect' as after any reconnection (a room reloads, its messages translated anew).
   */
  setLanguage(lang: string): void;
  /** The session changed (signed in or out here): a new handshake, so the socket is who the cookie now says. */
  renew(): void;
}

export interface SharedSocketOptions {
  language: string;
  /** Called once when the socket is created (e.g. listeners the whole page keeps). */
  created?: (socket: AppSocket) => void;
}

/**
 * The page's one socket.io connection, shared by rooms, plan presence and notifications, and counted by
 * its users: opened by the first, closed when the last lets go. Each user adds its listeners through its
 * SocketUse (removed on release) and joins what it needs again on every 'connect'.
 */
export function createSharedSocket(options: SharedSocketOptions): SharedSocket {
  let socket: AppSocket | undefined;
  let lang = options.language;
  let count = 0;
  let generation = 0;
  /** The last user let go: the connection closes after the current task, unless a user takes it again. */
  let closing: ReturnType<typeof setTimeout> | undefined;

  const open = (s: AppSocket) => {
    generation++;
    s.connect();
  };

  const create = (): AppSocket => {
    const s: AppSocket = io({
      path: '/api/socket.io',
      withCredentials: true,
      // Read at each handshake (reconnections included): always the current language.
      auth: (cb) => cb({ lang }),
      reconnectionDelayMax: 5000,
      autoConnect: false,
    });
    options.created?.(s);
    return s;
  };

  /** Closes the connection; what was queued while it was down is not sent on the next one (maybe another session). */
  const close = (s: AppSocket) => {
    s.disconnect();
    s.sendBuffer = [];
  };

  const reopen = () => {
    if (!socket || count === 0) return;
    close(socket);
    open(socket);
  };

  return {
    acquire() {
      socket ??= create();
      const s = socket;
      count++;
      // Let go and taken again at once (a remount, React's StrictMode effects): the same connection goes on.
      clearTimeout(closing);
      closing = undefined;
      // Down (first user, or closed by the server at the end of a session): a new handshake.
      if (!s.active) open(s);
      const added: [string, (...args: never[]) => void][] = [];
      const onAttempt: (() => void)[] = [];
      let released = false;
      const use: SocketUse = {
        socket: s,
        on: ((event: string, listener: (...args: never[]) => void) => {
          added.push([event, listener]);
          s.on(event as never, listener as never);
        }) as Listen,
        onReconnectAttempt(listener) {
          onAttempt.push(listener);
          s.io.on('reconnect_attempt', listener);
        },
        generation: () => generation,
        wake() {
          if (!released && !s.active) open(s);
        },
        release() {
          if (released) return;
          released = true;
          for (const [event, listener] of added) s.off(event as never, listener as never);
          for (const listener of onAttempt) s.io.off('reconnect_attempt', listener);
          count--;
          if (count === 0)
            closing = setTimeout(() => {
              closing = undefined;
              if (count === 0) close(s);
            });
        },
      };
      return use;
    },
    users: () => count,
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      reopen();
    },
    renew: reopen,
  };
}
