import type { Server } from 'socket.io';
import type { Presence, PresenceEntry } from '@polyphony/contracts';
import type { RoomsBroadcaster } from './rooms.broadcaster';

interface Pending {
  joined: Map<string, PresenceEntry>;
  left: Set<string>;
  guestsDelta: number;
}

/** What each socket carries about the rooms it entered (socket.data.rooms). */
export interface SocketRoomData {
  presence: PresenceEntry | null;
}

/** This process's sockets in one room: each person once (with how many of their sockets are here), and the guests. */
interface LocalRoom {
  people: Map<string, { entry: PresenceEntry; sockets: number }>;
  guests: number;
}

const FLUSH_MS = 250;
/** Rooms this crowded (here) send their deltas once a second: the same content in a quarter of the frames. */
const CROWD = 200;
const CROWD_FLUSH_TICKS = 4;
/** Server-side event (through the socket.io adapter) asking the other API processes for their part of a room's presence. */
const PRESENCE_QUERY = 'rooms:presence';

/**
 * Who is in each room. Every process keeps its own sockets' presence per room, updated on join
 * and leave (no scan of the sockets); a newcomer gets the whole list: this process's map, and,
 * with several processes (REDIS_URL), the other processes' maps asked through the adapter's
 * serverSideEmit. Afterwards arrivals and departures go out as deltas, gathered for a quarter
 * of a second (a second in crowded rooms) so that a crowd arriving at once costs a few broadcasts
 * instead of one per person.
 */
export class RoomPresence {
  private readonly pending = new Map<string, Pending>();
  private readonly local = new Map<string, LocalRoom>();
  private readonly timer: NodeJS.Timeout;
  private listening = false;
  private tick = 0;

  constructor(
    private readonly server: () => Server | undefined,
    private readonly broadcaster: RoomsBroadcaster,
    /** Several API processes share the rooms (the Redis adapter): ask the others too. */
    private readonly distributed: boolean,
  ) {
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** Answers the other processes' questions about this process's part of a room. */
  listen() {
    const server = this.server();
    if (!server || !this.distributed || this.listening) return;
    this.listening = true;
    server.on(PRESENCE_QUERY as never, ((roomId: unknown, answer: (p: Presence) => void) => {
      if (typeof answer === 'function') answer(this.localSnapshot(String(roomId)));
    }) as never);
  }

  stop() {
    clearInterval(this.timer);
  }

  private localSnapshot(roomId: string): Presence {
    const room = this.local.get(roomId);
    if (!room) return { entries: [], guests: 0 };
    return { entries: Array.from(room.people.values(), (p) => p.entry), guests: room.guests };
  }

  /** The other processes' parts of a room (none without REDIS_URL; a process that does not answer in time is left out). */
  private async remote(roomId: string): Promise<Presence[]> {
    const server = this.server();
    if (!server || !this.distributed) return [];
    // The adapter gives up after its requestsTimeout (5 s), answering with what came: a process that does not answer is left out.
    return new Promise<Presence[]>((resolve) => {
      try {
        (server as unknown as { serverSideEmit: (ev: string, roomId: string, cb: (err: unknown, responses: Presence[]) => void) => void }).serverSideEmit(
          PRESENCE_QUERY,
          roomId,
          (_err, responses) => resolve(Array.isArray(responses) ? responses : []),
        );
      } catch {
        resolve([]);
      }
    });
  }

  async snapshot(roomId: string): Promise<Presence> {
    const mine = this.localSnapshot(roomId);
    const others = await this.remote(roomId);
    if (!others.length) return mine;
    const entries = new Map(mine.entries.map((e) => [e.userId, e]));
    let guests = mine.guests;
    for (const part of others) {
      for (const e of part?.entries ?? []) if (!entries.has(e.userId)) entries.set(e.userId, e);
      guests += part?.guests ?? 0;
    }
    return { entries: [...entries.values()], guests };
  }

  joined(roomId: string, entry: PresenceEntry | null) {
    const p = this.pendingFor(roomId);
    const room = this.localFor(roomId);
    if (!entry) {
      room.guests++;
      p.guestsDelta++;
      return;
    }
    const here = room.people.get(entry.userId);
    if (here) {
      here.sockets++;
      here.entry = entry;
    } else room.people.set(entry.userId, { entry, sockets: 1 });
    p.left.delete(entry.userId);
    p.joined.set(entry.userId, entry);
  }

  /** Call once the socket has left the channel. */
  async left(roomId: string, userId: string | null) {
    const room = this.local.get(roomId);
    if (!userId) {
      if (room) room.guests = Math.max(0, room.guests - 1);
      this.pendingFor(roomId).guestsDelta--;
      this.forgetIfEmpty(roomId);
      return;
    }
    const here = room?.people.get(userId);
    if (here && here.sockets > 1) return void here.sockets--;
    room?.people.delete(userId);
    this.forgetIfEmpty(roomId);
    // The same person may still be there from another tab served by another process.
    if (this.distributed) {
      const others = await this.remote(roomId);
      if (others.some((part) => part?.entries?.some((e) => e.userId === userId))) return;
      if (this.local.get(roomId)?.people.has(userId)) return;
    }
    const p = this.pendingFor(roomId);
    p.joined.delete(userId);
    p.left.add(userId);
  }

  flush() {
    this.tick++;
    for (const [roomId, p] of this.pending) {
      if ((this.local.get(roomId)?.people.size ?? 0) > CROWD && this.tick % CROWD_FLUSH_TICKS !== 0) continue;
      if (p.joined.size || p.left.size || p.guestsDelta) {
        this.broadcaster.emit(roomId, 'presence:delta', { roomId, joined: [...p.joined.values()], left: [...p.left], guestsDelta: p.guestsDelta });
      }
      this.pending.delete(roomId);
    }
  }

  private forgetIfEmpty(roomId: string) {
    const room = this.local.get(roomId);
    if (room && !room.people.size && !room.guests) this.local.delete(roomId);
  }

  private pendingFor(roomId: string) {
    let p = this.pending.get(roomId);
    if (!p) this.pending.set(roomId, (p = { joined: new Map(), left: new Set(), guestsDelta: 0 }));
    return p;
  }

  private localFor(roomId: string) {
    let m = this.local.get(roomId);
    if (!m) this.local.set(roomId, (m = { people: new Map(), guests: 0 }));
    return m;
  }
}
