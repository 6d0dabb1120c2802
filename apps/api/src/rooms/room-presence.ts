import { randomUUID } from 'node:crypto';
import type { Server } from 'socket.io';
import {
  listPresence,
  sumPresenceParts,
  type Presence,
  type PresenceCounts,
  type PresenceEntry,
  type PresencePart,
} from '@polyphony/contracts';
import type { RoomsBroadcaster } from './rooms.broadcaster';
import type { Speaker } from './room-messages.service';

interface Pending {
  joined: Map<string, PresenceEntry>;
  left: Set<string>;
}

/** What each socket carries about the rooms it entered (socket.data.rooms). */
export interface SocketRoomData {
  presence: PresenceEntry | null;
}

/** What a socket holds for each room it entered (also read by other processes through fetchSockets). */
export interface RoomGrant extends SocketRoomData {
  speaker: Speaker | null;
  facilitator: boolean;
  /** A participant whose address was not confirmed when they entered (checked again before they write). */
  unverified?: boolean;
  /** Someone who had never accepted the privacy notice and terms when they entered (checked again before they write). */
  unconsented?: boolean;
}

/** This process's sockets in one room: each person once (with how many of their sockets are here), and the guests. */
interface LocalRoom {
  people: Map<string, { entry: PresenceEntry; sockets: number }>;
  guests: number;
}

/** A process's answer to another process: its part, with everyone it serves (not capped). */
interface LocalAnswer {
  part: string;
  entries: PresenceEntry[];
  guests: number;
}

const FLUSH_MS = 250;
/** Rooms this crowded (here) send their deltas once a second: the same content in a quarter of the frames. */
const CROWD = 200;
const CROWD_FLUSH_TICKS = 4;
/** Server-side event (through the socket.io adapter) asking the other API processes for their part of a room's presence. */
const PRESENCE_QUERY = 'rooms:presence';

function partOf(entries: Iterable<PresenceEntry>, guests: number): PresencePart {
  const counts: PresenceCounts = {};
  for (const e of entries) counts[e.category] = (counts[e.category] ?? 0) + 1;
  return { counts, guests };
}

/**
 * Who is in each room. Every process keeps its own sockets' presence per room, updated on join
 * and leave (no scan of the sockets). A newcomer gets everyone counted per category but only a
 * capped list of names (the whole list of 2,000 people sent to each of 2,000 arrivals would be
 * 300 MB of JSON): this process's map and, with several processes (REDIS_URL), the other
 * processes' maps asked through the adapter's serverSideEmit. Afterwards arrivals and departures
 * go out as deltas carrying the process's part as absolute counts, gathered for a quarter of a
 * second (a second in crowded rooms) so that a crowd arriving at once costs a few broadcasts
 * instead of one per person. A person with tabs on two processes counts in both parts while both
 * are open (rare: the proxy keeps a browser on one process) but is listed once.
 */
export class RoomPresence {
  /** This process's name in the parts. */
  private readonly id = randomUUID().slice(0, 8);
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
    server.on(
      PRESENCE_QUERY as never,
      ((roomId: unknown, answer: (p: LocalAnswer) => void) => {
        if (typeof answer === 'function') answer(this.localAnswer(String(roomId)));
      }) as never,
    );
  }

  stop() {
    clearInterval(this.timer);
  }

  private localAnswer(roomId: string): LocalAnswer {
    const room = this.local.get(roomId);
    if (!room) return { part: this.id, entries: [], guests: 0 };
    return { part: this.id, entries: Array.from(room.people.values(), (p) => p.entry), guests: room.guests };
  }

  /** The other processes' parts of a room (none without REDIS_URL; a process that does not answer in time is left out). */
  private async remote(roomId: string): Promise<LocalAnswer[]> {
    const server = this.server();
    if (!server || !this.distributed) return [];
    // The adapter gives up after its requestsTimeout (5 s), answering with what came: a process that does not answer is left out.
    return new Promise<LocalAnswer[]>((resolve) => {
      try {
        (
          server as unknown as {
            serverSideEmit: (ev: string, roomId: string, cb: (err: unknown, responses: LocalAnswer[]) => void) => void;
          }
        ).serverSideEmit(PRESENCE_QUERY, roomId, (_err, responses) =>
          resolve(Array.isArray(responses) ? responses.filter((r) => r && typeof r.part === 'string') : []),
        );
      } catch {
        resolve([]);
      }
    });
  }

  async snapshot(roomId: string): Promise<Presence> {
    const answers = [this.localAnswer(roomId), ...(await this.remote(roomId))];
    const everyone = new Map<string, PresenceEntry>();
    const parts: Record<string, PresencePart> = {};
    for (const answer of answers) {
      for (const e of answer.entries ?? []) if (!everyone.has(e.userId)) everyone.set(e.userId, e);
      parts[answer.part] = partOf(answer.entries ?? [], answer.guests ?? 0);
    }
    return { entries: listPresence([...everyone.values()]), parts, ...sumPresenceParts(parts) };
  }

  joined(roomId: string, entry: PresenceEntry | null) {
    const p = this.pendingFor(roomId);
    const room = this.localFor(roomId);
    if (!entry) {
      room.guests++;
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
    this.pendingFor(roomId); // the part changes: a delta goes out
    if (!userId) {
      if (room) room.guests = Math.max(0, room.guests - 1);
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
      if (others.some((part) => part.entries?.some((e) => e.userId === userId))) return;
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
      const room = this.local.get(roomId);
      const part = partOf(room ? Array.from(room.people.values(), (x) => x.entry) : [], room?.guests ?? 0);
      this.broadcaster.emit(roomId, 'presence:delta', {
        roomId,
        part: this.id,
        joined: listPresence([...p.joined.values()]),
        left: [...p.left],
        ...part,
      });
      this.pending.delete(roomId);
    }
  }

  private forgetIfEmpty(roomId: string) {
    const room = this.local.get(roomId);
    if (room && !room.people.size && !room.guests) this.local.delete(roomId);
  }

  private pendingFor(roomId: string) {
    let p = this.pending.get(roomId);
    if (!p) this.pending.set(roomId, (p = { joined: new Map(), left: new Set() }));
    return p;
  }

  private localFor(roomId: string) {
    let m = this.local.get(roomId);
    if (!m) this.local.set(roomId, (m = { people: new Map(), guests: 0 }));
    return m;
  }
}
