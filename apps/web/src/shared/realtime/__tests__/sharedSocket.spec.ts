import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Server } from 'socket.io';
import type { PlanClientToServerEvents, PlanServerToClientEvents } from '@polyphony/contracts';
import { createSharedSocket, type SharedSocket, type SocketUse } from '../sharedSocket';

// The page's one connection against a real socket.io server on a local port, which records every
// handshake (and the language it carries) and every socket it still holds. What is checked is the
// counting: one connection whatever the number of users, closed by the last one, and the listeners
// of each user going with it.

type Io = Server<PlanClientToServerEvents, PlanServerToClientEvents>;
const WAIT = { timeout: 10_000 };

describe("the page's shared socket", () => {
  let http: HttpServer;
  let io: Io;
  let shared: SharedSocket;
  let uses: SocketUse[];
  /** The language of each handshake, in order. */
  let handshakes: string[];

  beforeEach(async () => {
    handshakes = [];
    uses = [];
    http = createServer();
    io = new Server(http, { path: '/api/socket.io' });
    io.on('connection', (socket) => {
      handshakes.push(String((socket.handshake.auth as { lang?: string }).lang));
      // An echo: a round trip proves the connection is up and the server read what came before.
      socket.on('plan:leave', (_payload, ack) => ack({ ok: true }));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    );
    shared = createSharedSocket({ language: 'fr' });
  });

  afterEach(async () => {
    for (const use of uses) use.release();
    await io.close();
  });

  const acquire = () => {
    const use = shared.acquire();
    uses.push(use);
    return use;
  };
  const serverSockets = () => io.of('/').sockets.size;
  const roundTrip = (use: SocketUse) =>
    use.socket.timeout(5_000).emitWithAck('plan:leave', { planId: '5a0c2f9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f' });

  it('opens one connection for all its users, keeps it while one remains, closes it with the last, opens again for the next', async () => {
    const rooms = acquire();
    const notifications = acquire();
    expect(notifications.socket).toBe(rooms.socket);
    await vi.waitFor(() => expect(rooms.socket.connected).toBe(true), WAIT);
    await expect(roundTrip(notifications)).resolves.toEqual({ ok: true });
    expect({ handshakes, held: serverSockets(), users: shared.users() }).toEqual({ handshakes: ['fr'], held: 1, users: 2 });

    rooms.release();
    await expect(roundTrip(notifications)).resolves.toEqual({ ok: true });
    expect({ handshakes: handshakes.length, held: serverSockets(), users: shared.users() }).toEqual({ handshakes: 1, held: 1, users: 1 });

    notifications.release();
    await vi.waitFor(() => expect(serverSockets()).toBe(0), WAIT);
    expect(notifications.socket.connected).toBe(false);

    const plan = acquire();
    await vi.waitFor(() => expect(plan.socket.connected).toBe(true), WAIT);
    expect({ handshakes, held: serverSockets(), users: shared.users() }).toEqual({ handshakes: ['fr', 'fr'], held: 1, users: 1 });
  });

  it('a user let go and taken again at once (a remount, React StrictMode effects) keeps the one connection', async () => {
    acquire().release();
    const room = acquire();
    await vi.waitFor(() => expect(room.socket.connected).toBe(true), WAIT);
    await expect(roundTrip(room)).resolves.toEqual({ ok: true });
    room.release();
    const again = acquire();
    await expect(roundTrip(again)).resolves.toEqual({ ok: true });
    expect({ handshakes, held: serverSockets(), connected: again.socket.connected }).toEqual({
      handshakes: ['fr'],
      held: 1,
      connected: true,
    });
  });

  it("removes a user's listeners when it lets go, and only its own; letting go twice counts once", async () => {
    const heard = { a: 0, b: 0 };
    const a = acquire();
    const b = acquire();
    a.on('plan:presence', () => heard.a++);
    b.on('plan:presence', () => heard.b++);
    await vi.waitFor(() => expect(a.socket.connected).toBe(true), WAIT);
    io.emit('plan:presence', { planId: 'p', editors: [] });
    await vi.waitFor(() => expect(heard).toEqual({ a: 1, b: 1 }), WAIT);

    a.release();
    a.release();
    expect({ users: shared.users(), listeners: b.socket.listeners('plan:presence').length }).toEqual({ users: 1, listeners: 1 });
    io.emit('plan:presence', { planId: 'p', editors: [] });
    await vi.waitFor(() => expect(heard.b).toBe(2), WAIT);
    expect(heard.a).toBe(1);
    expect(b.socket.connected).toBe(true);
  });

  it('reconnects in the new interface language: each user hears connect again, on a new generation', async () => {
    const connects = { a: 0, b: 0 };
    const a = acquire();
    const b = acquire();
    a.on('connect', () => connects.a++);
    b.on('connect', () => connects.b++);
    await vi.waitFor(() => expect(connects).toEqual({ a: 1, b: 1 }), WAIT);
    const before = a.generation();

    shared.setLanguage('es');
    await vi.waitFor(() => expect(connects).toEqual({ a: 2, b: 2 }), WAIT);
    await vi.waitFor(() => expect(serverSockets()).toBe(1), WAIT);
    expect({ handshakes, generation: a.generation() }).toEqual({ handshakes: ['fr', 'es'], generation: before + 1 });

    // The same language again: nothing to do.
    shared.setLanguage('es');
    expect({ connected: a.socket.connected, generation: a.generation() }).toEqual({ connected: true, generation: before + 1 });
  });

  it('a new session renews the open connection; without users it only waits for the next, in the current language', async () => {
    shared.renew();
    shared.setLanguage('ca');
    expect(handshakes).toEqual([]);
    const a = acquire();
    await vi.waitFor(() => expect(handshakes).toEqual(['ca']), WAIT);
    await vi.waitFor(() => expect(a.socket.connected).toBe(true), WAIT);
    const before = a.generation();
    shared.renew();
    await vi.waitFor(() => expect(handshakes).toEqual(['ca', 'ca']), WAIT);
    await vi.waitFor(() => expect(a.socket.connected).toBe(true), WAIT);
    // The server hears the old connection close a moment later: one socket held, not two, once it has.
    await vi.waitFor(() => expect(serverSockets()).toBe(1), WAIT);
    expect(a.generation()).toBe(before + 1);
  });

  it('a network loss is not a new generation: socket.io reconnects by itself and users hear connect again', async () => {
    let connects = 0;
    const a = acquire();
    a.on('connect', () => connects++);
    await vi.waitFor(() => expect(connects).toBe(1), WAIT);
    const before = a.generation();
    for (const socket of io.of('/').sockets.values()) socket.conn.close();
    await vi.waitFor(() => expect(connects).toBe(2), WAIT);
    expect({ handshakes: handshakes.length, generation: a.generation() }).toEqual({ handshakes: 2, generation: before });
  });
});
