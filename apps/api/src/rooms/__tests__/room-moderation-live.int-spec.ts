import type { RoomMessage } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { clientId, closeSockets, connect, next, ok, person, staffedRoom, type Person } from './room-test-kit';

describe('rooms: a hide or restore decided in the moderation queue reaches the people in the room live', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let alice: Person;
  let bob: Person;
  let roomId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ official, facilitator, roomId } = await staffedRoom(t));
    alice = await person(t, 'participant', 'resident', 'Alice Martin');
    bob = await person(t, 'participant', 'diaspora', 'Bob Diop');
  });
  afterEach(() => closeSockets());
  afterAll(() => t.close());

  const decide = (action: 'hide' | 'restore' | 'dismiss', messageId: string, reason: string) =>
    official.client.post('/api/moderation/decisions', { targetType: 'room_message', targetId: messageId, action, reason }).expect(200);

  it('hides from the queue: everyone in the room gets the message without its text at once; restoring brings it back; a late reconnection catches up', async () => {
    const a = await connect(t, alice);
    const b = await connect(t, bob);
    for (const s of [a, b]) await ok(s, 'room:join', { roomId });
    const m = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Un message signalé depuis la file' })).message;
    const pinned = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Un message épinglé puis masqué' })).message;
    const f = await connect(t, facilitator);
    await ok(f, 'room:join', { roomId });
    await ok(f, 'message:pin', { roomId, messageId: pinned.id, pinned: true });

    // Bob leaves before the decision, remembering the last revision he saw.
    const bobJoined = await ok(b, 'room:join', { roomId });
    b.disconnect();

    const hiddenForAlice = next(a, 'message:updated', (x) => x.id === m.id && x.hidden !== null);
    await decide('hide', m.id, 'Propos injurieux');
    const seen = await hiddenForAlice;
    expect(seen).toMatchObject({ id: m.id, body: null, hidden: { reason: 'Propos injurieux' } });
    expect(seen.rev).toBeGreaterThan(m.rev);

    // The same event as a facilitator's hide: a pinned message hidden from the queue is unpinned for everyone.
    const unpinned = next(a, 'message:updated', (x) => x.id === pinned.id && x.hidden !== null);
    await decide('hide', pinned.id, 'Hors sujet');
    expect(await unpinned).toMatchObject({ body: null, pinned: false });

    // Bob comes back with his last revision and gets both hides.
    const b2 = await connect(t, bob);
    const caughtUp = await ok(b2, 'room:join', { roomId, afterRev: bobJoined.rev });
    const changed = new Map(caughtUp.messages.map((x: RoomMessage) => [x.id, x]));
    expect(changed.get(m.id)).toMatchObject({ body: null, hidden: { reason: 'Propos injurieux' } });
    expect(changed.get(pinned.id)).toMatchObject({ body: null });

    const restoredForAlice = next(a, 'message:updated', (x) => x.id === m.id && x.hidden === null);
    const restoredForBob = next(b2, 'message:updated', (x) => x.id === m.id && x.hidden === null);
    await decide('restore', m.id, 'Relu : le message respecte les règles');
    for (const back of await Promise.all([restoredForAlice, restoredForBob]))
      expect(back).toMatchObject({ id: m.id, body: 'Un message signalé depuis la file', hidden: null });
    const [c] = await t.db.query(`SELECT hidden_at FROM contributions WHERE source_ref = $1`, [m.id]);
    expect(c.hidden_at).toBeNull();
  });

  it('a dismissal changes nothing in the room and sends nothing', async () => {
    const a = await connect(t, alice);
    await ok(a, 'room:join', { roomId });
    const m = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Un message sans problème' })).message;
    const events: RoomMessage[] = [];
    a.on('message:updated', (x) => events.push(x));
    await decide('dismiss', m.id, 'Rien à signaler');
    // A later event proves the socket was listening all along.
    const own = next(a, 'message:updated', (x) => x.id === m.id);
    await ok(a, 'message:react', { roomId, messageId: m.id, kind: 'agree', on: true });
    await own;
    expect(events.filter((x) => x.hidden !== null)).toHaveLength(0);
    expect(events).toHaveLength(1);
  });
});
