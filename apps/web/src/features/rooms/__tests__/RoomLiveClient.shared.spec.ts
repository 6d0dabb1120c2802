import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Server } from 'socket.io';
import type { RoomClientToServerEvents, RoomJoinPayload, RoomServerToClientEvents } from '@polyphony/contracts';
import { createSharedSocket, type SharedSocket } from '../../../shared/realtime/sharedSocket';
import { RoomLiveClient } from '../RoomLiveClient';
import { ME, ROOM, SOMEONE_ELSE, joined, stored } from './roomFixtures';

// The rooms client on the page's shared connection, against a real socket.io server on a local port
// that answers `room:join` the way the rooms gateway does: the latest page (or what changed since
// `afterRev`), each message translated into the language of the socket's handshake.

const OTHER_ROOM = '8d3f5c2b-4a6e-4f8d-b1a2-cd3e4f506172';
const WAIT = { timeout: 10_000 };
type Io = Server<RoomClientToServerEvents, RoomServerToClientEvents>;

describe('the rooms client on the shared connection', () => {
  let http: HttpServer;
  let io: Io;
  let shared: SharedSocket;
  let client: RoomLiveClient | undefined;
  /** Each `room:join` the server received, with the language of its socket; each `room:leave`. */
  let joins: (RoomJoinPayload & { lang: string })[];
  let leaves: string[];
  /** What the server sends a joining socket before it answers (the gateway's broadcasts racing its answer). */
  let beforeAnswer: ((socket: Parameters<Parameters<Io['on']>[1]>[0]) => Promise<void>) | undefined;
  const said = stored('c'.repeat(32), 'Bonjour à toutes et à tous');

  beforeEach(async () => {
    joins = [];
    leaves = [];
    beforeAnswer = undefined;
    http = createServer();
    io = new Server(http, { path: '/api/socket.io' });
    io.on('connection', (socket) => {
      const lang = String((socket.handshake.auth as { lang?: string }).lang);
      socket.on('room:join', async (payload, ack) => {
        joins.push({ ...payload, lang });
        await beforeAnswer?.(socket);
        const translation = { from: 'fr', to: lang, body: `[${lang}] ${said.body}`, bodyHtml: `<p>[${lang}]</p>` };
        const messages = payload.afterRev === undefined ? [{ ...said, translation }] : [];
        ack({ ok: true, ...joined(ME), rev: said.rev, messages, translation: { language: lang, available: true } });
      });
      socket.on('room:leave', (payload, ack) => {
        leaves.push(payload.roomId);
        ack({ ok: true });
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      `http://127.0.0.1:${(http.address() as AddressInfo).port}/rooms/${ROOM}`,
    );
    shared = createSharedSocket({ language: 'fr' });
  });

  afterEach(async () => {
    client?.close();
    client = undefined;
    await io.close();
  });

  const open = async () => {
    client = new RoomLiveClient(ROOM, shared, () => undefined);
    await vi.waitFor(() => expect(client!.snapshot.joined).toBe(true), WAIT);
    return client;
  };
  const translatedInto = (c: RoomLiveClient) => c.snapshot.messages.map((m) => m.translation?.to);

  it('after a network loss it rejoins with the last revision seen; after a language change it reloads the room, translated anew', async () => {
    const c = await open();
    expect({ joins, translated: translatedInto(c) }).toEqual({ joins: [{ roomId: ROOM, lang: 'fr' }], translated: ['fr'] });

    for (const socket of io.of('/').sockets.values()) socket.conn.close();
    await vi.waitFor(() => expect(joins).toHaveLength(2), WAIT);
    await vi.waitFor(() => expect(c.snapshot.joined).toBe(true), WAIT);
    expect(joins[1]).toEqual({ roomId: ROOM, afterRev: said.rev, lang: 'fr' });
    expect(translatedInto(c)).toEqual(['fr']);

    shared.setLanguage('es');
    await vi.waitFor(() => expect(joins).toHaveLength(3), WAIT);
    await vi.waitFor(() => expect(c.snapshot.translation?.language).toBe('es'), WAIT);
    expect(joins[2]).toEqual({ roomId: ROOM, lang: 'es' });
    expect(translatedInto(c)).toEqual(['es']);
    expect(c.snapshot.messages.map((m) => m.id)).toEqual([said.id]);
  });

  it('joins at once on a connection another user already opened, and leaving the page leaves the room but not the connection', async () => {
    const notifications = shared.acquire();
    await vi.waitFor(() => expect(notifications.socket.connected).toBe(true), WAIT);
    const c = await open();
    expect(joins).toEqual([{ roomId: ROOM, lang: 'fr' }]);

    c.close();
    client = undefined;
    await vi.waitFor(() => expect(leaves).toEqual([ROOM]), WAIT);
    expect({ users: shared.users(), connected: notifications.socket.connected, held: io.of('/').sockets.size }).toEqual({
      users: 1,
      connected: true,
      held: 1,
    });
    expect(notifications.socket.listeners('message:new')).toEqual([]);
    notifications.release();
  });

  it('applies what it heard while its join was answered after the answer: the newcomer and the new message stay', async () => {
    const arriving = stored('f'.repeat(32), 'Je viens d’arriver');
    beforeAnswer = async (socket) => {
      const newcomer = { userId: SOMEONE_ELSE, displayName: 'Valentina', category: 'diaspora', organisation: null, facilitator: false };
      socket.emit('presence:delta', { roomId: ROOM, part: 'p1', joined: [newcomer], left: [], counts: { diaspora: 1 }, guests: 0 });
      socket.emit('message:new', { ...arriving, author: { ...arriving.author, id: SOMEONE_ELSE } });
      await new Promise((resolve) => setTimeout(resolve, 100)); // the answer's reads, slower than the broadcasts
    };
    const c = await open();
    await vi.waitFor(() => expect(c.snapshot.messages.map((m) => m.body)).toEqual([said.body, arriving.body]), WAIT);
    expect({ present: c.snapshot.presence.entries.map((e) => e.userId), total: c.snapshot.presence.total }).toEqual({
      present: [SOMEONE_ELSE],
      total: 1,
    });
  });

  it("hears only its own room's events on the shared connection", async () => {
    const c = await open();
    io.emit('message:new', { ...stored('d'.repeat(32), 'Dans une autre salle'), roomId: OTHER_ROOM });
    io.emit('message:new', stored('e'.repeat(32), 'Dans celle-ci'));
    await vi.waitFor(() => expect(c.snapshot.messages.map((m) => m.body)).toEqual([said.body, 'Dans celle-ci']), WAIT);
  });
});
