import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Server } from 'socket.io';
import type { RoomClientToServerEvents, RoomServerToClientEvents, SessionServerToClientEvents } from '@polyphony/contracts';
import { createSharedSocket } from '../../../shared/realtime/sharedSocket';
import { RoomLiveClient, type OutboxItem } from '../RoomLiveClient';
import { ME, ROOM, SOMEONE_ELSE, joined, stored } from './roomFixtures';

// The rooms client's outbox against a real socket.io server on a local port, which answers the
// events the client sends the way the API's rooms gateway does (join, send: a stored message or a
// refusal with a translated reason). What is checked is the client: what it keeps in localStorage,
// what it sends, with which client id, and when.

const KEY = `polyphony.rooms.outbox.${ROOM}`;

type Io = Server<RoomClientToServerEvents, RoomServerToClientEvents & SessionServerToClientEvents>;

describe("the rooms client's outbox", () => {
  let http: HttpServer;
  let io: Io;
  let client: RoomLiveClient | undefined;
  /** What the server received, and how it answers a message. */
  let sent: { clientId: string; body: string }[];
  let refuse: string | null;
  let userId: string | null;

  beforeEach(async () => {
    window.localStorage.clear();
    sent = [];
    refuse = null;
    userId = ME;
    http = createServer();
    io = new Server(http, { path: '/api/socket.io' });
    io.on('connection', (socket) => {
      socket.on('room:join', (_payload, ack) => ack({ ok: true, ...joined(userId) }));
      socket.on('message:send', (payload, ack) => {
        sent.push({ clientId: payload.clientId, body: payload.body });
        if (refuse) ack({ ok: false, error: { code: 'rate_limited', message: refuse, fields: [] } });
        else ack({ ok: true, message: stored(payload.clientId, payload.body), duplicate: false });
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      `http://127.0.0.1:${(http.address() as AddressInfo).port}/rooms/${ROOM}`,
    );
  });

  afterEach(async () => {
    client?.close();
    client = undefined;
    await io.close();
  });

  const open = async () => {
    client = new RoomLiveClient(ROOM, createSharedSocket({ language: 'fr' }), () => undefined);
    await vi.waitFor(() => expect(client!.snapshot.joined).toBe(true));
    return client;
  };
  const saved = () => JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as OutboxItem[];

  it('sends a message once acknowledged and then forgets it', async () => {
    const c = await open();
    c.send('Bonjour à toutes et à tous');
    await vi.waitFor(() => expect(c.snapshot.messages.map((m) => m.body)).toEqual(['Bonjour à toutes et à tous']));
    expect(sent).toEqual([{ clientId: c.snapshot.messages[0].clientId, body: 'Bonjour à toutes et à tous' }]);
    expect(sent[0].clientId).toMatch(/^[0-9a-f]{32}$/);
    expect({ outbox: c.snapshot.outbox, saved: saved() }).toEqual({ outbox: [], saved: [] });
  });

  it('sends what was left in the browser (a reload) with its client id, once joined', async () => {
    const left: OutboxItem = {
      clientId: 'a'.repeat(32),
      body: 'Tapé avant la coupure',
      createdAt: '2026-01-01T10:00:00.000Z',
      authorId: ME,
    };
    window.localStorage.setItem(KEY, JSON.stringify([left]));
    const c = await open();
    await vi.waitFor(() => expect(sent).toEqual([{ clientId: left.clientId, body: left.body }]));
    await vi.waitFor(() => expect(saved()).toEqual([]));
    expect(c.snapshot.messages.map((m) => m.clientId)).toEqual([left.clientId]);
  });

  it('never sends what another person typed in this browser: it is dropped on joining', async () => {
    const theirs: OutboxItem = {
      clientId: 'b'.repeat(32),
      body: 'Pas le mien',
      createdAt: '2026-01-01T10:00:00.000Z',
      authorId: SOMEONE_ELSE,
    };
    window.localStorage.setItem(KEY, JSON.stringify([theirs]));
    const c = await open();
    await vi.waitFor(() => expect(saved()).toEqual([]));
    expect({ outbox: c.snapshot.outbox, sent }).toEqual({ outbox: [], sent: [] });
  });

  it("keeps a refused message with the server's reason; retry sends the same client id, discard drops it", async () => {
    refuse = 'Attendez 10 secondes.';
    const c = await open();
    c.send('Trop vite');
    await vi.waitFor(() => expect(c.snapshot.outbox.map((o) => o.error)).toEqual(['Attendez 10 secondes.']));
    const [item] = c.snapshot.outbox;
    expect(saved()).toEqual([{ ...item }]);
    expect(item.authorId).toBe(ME);

    c.retry(item.clientId);
    await vi.waitFor(() => expect(sent.map((s) => s.clientId)).toEqual([item.clientId, item.clientId]));
    await vi.waitFor(() => expect(c.snapshot.outbox[0]?.error).toBe('Attendez 10 secondes.'));

    refuse = null;
    c.retry(item.clientId);
    await vi.waitFor(() => expect(c.snapshot.outbox).toEqual([]));
    expect(sent.map((s) => s.clientId)).toEqual([item.clientId, item.clientId, item.clientId]);

    refuse = 'Non.';
    c.send('À jeter');
    await vi.waitFor(() => expect(c.snapshot.outbox).toHaveLength(1));
    c.discard(c.snapshot.outbox[0].clientId);
    expect({ outbox: c.snapshot.outbox, saved: saved() }).toEqual({ outbox: [], saved: [] });
  });

  it('empties the outbox when the session ends elsewhere', async () => {
    refuse = 'Non.';
    const c = await open();
    c.send('Brouillon');
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    for (const socket of await io.fetchSockets())
      socket.emit('session:ended', { reason: 'logout', error: { code: 'session_ended', message: 'Session terminée.', fields: [] } });
    await vi.waitFor(() => expect(c.snapshot.ended).toBe('session'));
    expect({ outbox: c.snapshot.outbox, saved: saved() }).toEqual({ outbox: [], saved: [] });
  });
});
