import {
  listPresence,
  sumPresenceParts,
  type Ack,
  type HandEntry,
  type PresenceDelta,
  type RoomClientToServerEvents,
  type RoomJoinResult,
  type RoomLiveState,
  type RoomMessage,
  type RoomMessageTranslation,
} from '@polyphony/contracts';
import type { AppServerEvents, AppSocket, SharedSocket, SocketUse } from '../../shared/realtime/sharedSocket';
import { outboxItem, readOutbox, saveOutbox, type OutboxItem } from './roomOutbox';
import type { RoomSnapshot } from './roomSnapshot';

export type { OutboxItem } from './roomOutbox';
export type { ConnectionStatus, RoomSnapshot } from './roomSnapshot';

type Announce = (kind: 'message' | 'hidden' | 'status' | 'state', detail: Record<string, string>) => void;

const ACK_TIMEOUT_MS = 10_000;

/**
 * One room, live, on the page's shared connection: joins (or rejoins with the last revision seen, getting
 * what was missed; reloads whole when the connection was opened again for a new session or language),
 * keeps messages ordered by sequence, and sends what the user typed through an outbox kept in
 * localStorage: each message keeps its client id across retries, so the server stores it once.
 */
export class RoomLiveClient {
  private readonly use: SocketUse;
  private readonly socket: AppSocket;
  /** The shared connection's generation this room was joined on. */
  private generation = 0;
  private listeners = new Set<() => void>();
  private byId = new Map<string, RoomMessage>();
  /** The latest translation received per message (it may come before its message on a catch-up race). */
  private translated = new Map<string, RoomMessageTranslation>();
  private lastRev = 0;
  private flushing = false;
  /**
   * Live events heard while joining, applied after the answer and its catch-up: applied first, the answer would
   * overwrite them (a newcomer missing from the presence) and a new message's revision would skip the catch-up.
   */
  private held: (() => void)[] | null = null;
  snapshot: RoomSnapshot;

  constructor(
    private readonly roomId: string,
    sockets: SharedSocket,
    private readonly announce: Announce,
  ) {
    this.snapshot = {
      status: 'connecting',
      joined: false,
      joinError: null,
      state: null,
      messages: [],
      hasOlder: false,
      loadingOlder: false,
      pinned: [],
      presence: { entries: [], parts: {}, total: 0, counts: {}, guests: 0 },
      hands: [],
      muted: [],
      me: null,
      translation: null,
      outbox: readOutbox(roomId),
      ended: null,
    };
    this.use = sockets.acquire();
    this.socket = this.use.socket;
    const on = this.use.on;
    // The connection is shared: what concerns another room (one just left, say) is not this one's.
    const mine = (p: { roomId: string }) => p.roomId === this.roomId;
    const live = <E extends keyof AppServerEvents>(event: E, apply: (payload: Parameters<AppServerEvents[E]>[0]) => void) =>
      on(event, ((payload: Parameters<AppServerEvents[E]>[0]) =>
        this.held ? this.held.push(() => apply(payload)) : apply(payload)) as AppServerEvents[E]);
    on('connect', () => void this.onConnect());
    on('disconnect', () => {
      if (!this.snapshot.ended) this.set({ status: navigator.onLine ? 'reconnecting' : 'offline', joined: false });
    });
    this.use.onReconnectAttempt(() => this.set({ status: navigator.onLine ? 'reconnecting' : 'offline' }));
    // The page as a whole hears it too (app/socket.ts): it drops its signed-in state and says why.
    on('session:ended', () => this.end('session'));
    on('room:access_removed', (p) => mine(p) && this.end('access'));
    live('message:new', (m) => mine(m) && this.upsert([m], true, false));
    live('message:updated', (m) => mine(m) && this.upsert([m], false, false));
    live('room:message_translated', (t) => this.applyTranslation(t));
    live('presence:delta', (d) => mine(d) && this.applyPresence(d));
    live('hands:changed', (h) => mine(h) && this.set({ hands: h.hands }));
    live('room:state', (s) => {
      if (!mine(s)) return;
      const before = this.snapshot.state;
      this.set({
        state: s,
        me: this.snapshot.me && { ...this.snapshot.me, canPost: this.snapshot.me.userId !== null && s.status === 'open' },
      });
      if (before && before.currentAgendaIndex !== s.currentAgendaIndex) this.announce('state', { change: 'agenda' });
      if (before && before.status !== s.status) this.announce('state', { change: s.status });
    });
    live('participant:muted', (p) => {
      if (!mine(p)) return;
      const muted = new Set(this.snapshot.muted);
      if (p.muted) muted.add(p.userId);
      else muted.delete(p.userId);
      this.set({ muted: [...muted] });
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    // Already up (another user of the shared connection opened it): no 'connect' is coming.
    if (this.socket.connected) void this.onConnect();
  }

  /** Leaves the room (the shared connection stays up for its other users) and lets go of the connection. */
  close() {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (!this.snapshot.ended && this.socket.connected) this.socket.emit('room:leave', { roomId: this.roomId }, () => undefined);
    this.use.release();
    this.listeners.clear();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** No reconnection, nothing more sent or shown live: the page says why instead. */
  private end(why: 'session' | 'access') {
    // What this person typed and never sent is theirs: not left in the browser once their session is gone.
    if (why === 'session') this.writeOutbox([]);
    this.set({ ended: why, joined: false, status: 'offline' });
    // Nothing more heard or sent for this room; the server closes the connection itself when the session ended.
    this.use.release();
  }

  private onOnline = () => {
    if (!this.snapshot.ended && !this.socket.connected) {
      this.set({ status: 'reconnecting' });
      this.use.wake();
    }
  };

  private onOffline = () => this.set({ status: 'offline' });

  private set(patch: Partial<RoomSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  private emit<E extends keyof RoomClientToServerEvents>(event: E, payload: Parameters<RoomClientToServerEvents[E]>[0]) {
    type Answer = Parameters<Parameters<RoomClientToServerEvents[E]>[1]>[0];
    return (this.socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<Answer> }).emitWithAck(
      event,
      payload,
    );
  }

  private async onConnect() {
    this.set({ status: 'online' });
    // Opened again for a new session or language: what was loaded may be another person's view, or
    // translated into the former language; the room is loaded whole, as on arrival.
    if (this.generation !== this.use.generation()) {
      this.generation = this.use.generation();
      this.lastRev = 0;
      this.translated.clear();
    }
    const rejoin = this.lastRev > 0;
    let answer: Ack<RoomJoinResult> | undefined;
    const held: (() => void)[] = (this.held = []);
    try {
      answer = await this.emit('room:join', rejoin ? { roomId: this.roomId, afterRev: this.lastRev } : { roomId: this.roomId });
    } catch {
      // no answer: the socket reconnects and we try again
    }
    const release = () => {
      if (this.held === held) this.held = null;
      for (const apply of held.splice(0)) apply();
    };
    if (!answer?.ok) {
      held.length = 0;
      release();
      return answer && this.set({ joinError: answer.error.message, joined: false });
    }
    const r = answer;
    if (!rejoin) this.byId.clear();
    this.set({
      ...(rejoin ? {} : { messages: [] }),
      joined: true,
      joinError: null,
      state: r.state,
      pinned: r.pinned,
      presence: r.presence,
      hands: r.hands,
      muted: r.muted,
      me: r.me,
      translation: r.translation ?? null,
      hasOlder: rejoin ? this.snapshot.hasOlder : r.hasOlder,
    });
    this.upsert(r.messages, false);
    // Messages another person typed in this browser (or from before authors were recorded) are not sent as this one.
    if (this.snapshot.outbox.some((o) => o.authorId !== (r.me?.userId ?? null)))
      this.writeOutbox(this.snapshot.outbox.filter((o) => o.authorId === (r.me?.userId ?? null)));
    let more = r.hasMore;
    this.lastRev = Math.max(this.lastRev, more ? 0 : r.rev);
    while (more) {
      const page = await this.emit('room:catch_up', { roomId: this.roomId, afterRev: this.lastRev }).catch(() => null);
      if (!page?.ok) break;
      this.upsert(page.messages, false);
      more = page.hasMore;
      if (!more) this.lastRev = Math.max(this.lastRev, page.rev);
    }
    release();
    await this.flushOutbox();
  }

  /** `mine`: the answer was addressed to this reader, so its `myReactions` is right (broadcasts leave it empty). */
  private upsert(incoming: RoomMessage[], live: boolean, mine = true) {
    if (!incoming.length) return;
    const oldest = this.snapshot.messages[0]?.seq ?? Infinity;
    let changed = false;
    for (const m of incoming) {
      this.lastRev = Math.max(this.lastRev, m.rev);
      const known = this.byId.get(m.id);
      if (known && known.rev >= m.rev) continue;
      // Changes to messages older than what is loaded will come with their page.
      if (!known && !live && m.seq < oldest && this.snapshot.messages.length && m.rev > 0 && this.snapshot.hasOlder) continue;
      const myReactions = mine ? m.myReactions : (known?.myReactions ?? []);
      this.byId.set(m.id, { ...m, myReactions, translation: this.translationOf(m, known) });
      changed = true;
      if (live && !known && m.author.id !== this.snapshot.me?.userId)
        this.announce('message', { author: m.author.displayName, text: (m.body ?? '').slice(0, 140) });
      if (known && !known.hidden && m.hidden) this.announce('hidden', { author: m.author.displayName, reason: m.hidden.reason });
    }
    if (!changed) return;
    const messages = [...this.byId.values()].sort((a, b) => a.seq - b.seq);
    const pinned = messages
      .filter((m) => m.pinned)
      .reverse()
      .slice(0, 20);
    this.set({ messages, pinned });
  }

  /**
   * The translation to show with `m`: its own (answers to this reader), else the latest received by socket for
   * this body (a later revision that only changed reactions or pins keeps it; an edit drops the older one).
   */
  private translationOf(m: RoomMessage, known?: RoomMessage): RoomMessage['translation'] {
    if (m.translation) {
      this.translated.set(m.id, { ...m.translation, roomId: m.roomId, messageId: m.id, rev: m.rev });
      return m.translation;
    }
    const live = this.translated.get(m.id);
    if (live && known && known.body !== m.body && live.rev < m.rev) this.translated.delete(m.id);
    const t = m.body === null ? undefined : this.translated.get(m.id);
    return t && { from: t.from, to: t.to, body: t.body, bodyHtml: t.bodyHtml };
  }

  /** A message's translation into this reader's language, sent once to the room's channel for that language. */
  private applyTranslation(t: RoomMessageTranslation) {
    if (t.roomId !== this.roomId) return;
    const previous = this.translated.get(t.messageId);
    if (previous && previous.rev > t.rev) return;
    this.translated.set(t.messageId, t);
    const translation = { from: t.from, to: t.to, body: t.body, bodyHtml: t.bodyHtml };
    // A pinned message may be older than what is loaded: it gets its translation too.
    const pinned = this.snapshot.pinned.map((m) => (m.id === t.messageId && m.body !== null ? { ...m, translation } : m));
    const known = this.byId.get(t.messageId);
    if (!known || known.body === null) {
      if (pinned.some((m) => m.id === t.messageId)) this.set({ pinned });
      return;
    }
    this.byId.set(t.messageId, { ...known, translation });
    this.set({ messages: [...this.byId.values()].sort((x, y) => x.seq - y.seq), pinned });
  }

  /** A delta replaces its process's part (absolute counts) and updates the capped list of names. */
  private applyPresence(delta: PresenceDelta) {
    const current = this.snapshot.presence;
    const entries = new Map(current.entries.map((e) => [e.userId, e]));
    for (const id of delta.left) entries.delete(id);
    for (const e of delta.joined) {
      entries.delete(e.userId); // re-inserted: the latest arrivals come last
      entries.set(e.userId, e);
    }
    const parts = { ...current.parts, [delta.part]: { counts: delta.counts, guests: delta.guests } };
    this.set({ presence: { entries: listPresence([...entries.values()]), parts, ...sumPresenceParts(parts) } });
  }

  async loadOlder() {
    const first = this.snapshot.messages[0];
    if (!first || this.snapshot.loadingOlder || !this.snapshot.hasOlder) return;
    this.set({ loadingOlder: true });
    const page = await this.emit('room:history', { roomId: this.roomId, beforeSeq: first.seq }).catch(() => null);
    if (page?.ok) {
      for (const m of page.messages) if (!this.byId.has(m.id)) this.byId.set(m.id, m);
      this.set({ messages: [...this.byId.values()].sort((a, b) => a.seq - b.seq), hasOlder: page.hasOlder, loadingOlder: false });
    } else this.set({ loadingOlder: false });
  }

  // ---- the outbox ----

  private writeOutbox(outbox: OutboxItem[]) {
    saveOutbox(this.roomId, outbox);
    this.set({ outbox });
  }

  /** Queues a message; it goes out now if connected, else as soon as the connection is back. */
  send(body: string, replyToId?: string) {
    this.writeOutbox([...this.snapshot.outbox, outboxItem(body, replyToId, this.snapshot.me?.userId ?? null)]);
    void this.flushOutbox();
  }

  retry(clientId: string) {
    this.writeOutbox(this.snapshot.outbox.map((o) => (o.clientId === clientId ? { ...o, error: undefined } : o)));
    void this.flushOutbox();
  }

  discard(clientId: string) {
    this.writeOutbox(this.snapshot.outbox.filter((o) => o.clientId !== clientId));
  }

  private async flushOutbox() {
    if (this.flushing || !this.snapshot.joined) return;
    this.flushing = true;
    try {
      for (;;) {
        const item = this.snapshot.outbox.find((o) => !o.error);
        if (!item || !this.socket.connected) break;
        let answer;
        try {
          answer = await this.emit('message:send', {
            roomId: this.roomId,
            clientId: item.clientId,
            body: item.body,
            ...(item.replyToId ? { replyToId: item.replyToId } : {}),
          });
        } catch {
          break; // no ack: keep it, the same client id goes again after reconnection
        }
        if (answer.ok) {
          this.upsert([answer.message], false);
          this.writeOutbox(this.snapshot.outbox.filter((o) => o.clientId !== item.clientId));
        } else {
          this.writeOutbox(this.snapshot.outbox.map((o) => (o.clientId === item.clientId ? { ...o, error: answer.error.message } : o)));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Any other action: resolves with the answer, or an error message to show. */
  async act<E extends keyof RoomClientToServerEvents>(
    event: E,
    payload: Omit<Parameters<RoomClientToServerEvents[E]>[0], 'roomId'>,
  ): Promise<string | null> {
    try {
      const answer = (await this.emit(event, { ...payload, roomId: this.roomId } as Parameters<RoomClientToServerEvents[E]>[0])) as Ack<
        Record<string, unknown>
      >;
      if (!answer.ok) return answer.error.message;
      const data = answer as unknown as { message?: RoomMessage; hands?: HandEntry[]; state?: RoomLiveState; muted?: string[] };
      if (data.message) {
        const known = this.byId.get(data.message.id);
        if (known) this.byId.set(data.message.id, { ...known, rev: -1 });
        this.upsert([data.message], false);
      }
      if (data.hands) this.set({ hands: data.hands });
      if (data.state) this.set({ state: data.state });
      if (data.muted) this.set({ muted: data.muted });
      return null;
    } catch {
      return 'timeout';
    }
  }
}
