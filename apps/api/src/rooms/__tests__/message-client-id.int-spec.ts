import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { closeSockets, connect, ok, openRoom, person } from './room-test-kit';

/**
 * A message's client id makes retries safe for its author only: someone else's message with the
 * same client id (guessed, or copied from a broadcast) never swallows this author's text.
 */
describe('room message client ids are per author', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  it('stores a second author’s message even when its client id was used by someone else, and still dedupes each author’s retries', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const [alice, bob] = [await person(t, 'participant', 'resident', 'Alice'), await person(t, 'participant', 'resident', 'Bob')];
    const [a, b] = [await connect(t, alice), await connect(t, bob)];
    await ok(a, 'room:join', { roomId });
    await ok(b, 'room:join', { roomId });
    const shared = 'c'.repeat(32);
    const first = await ok(a, 'message:send', { roomId, clientId: shared, body: 'Message d’Alice' });
    const second = await ok(b, 'message:send', { roomId, clientId: shared, body: 'Message de Bob' });
    expect(second).toMatchObject({ duplicate: false, message: { body: 'Message de Bob' } });
    expect(second.message.id).not.toBe(first.message.id);
    const retry = await ok(b, 'message:send', { roomId, clientId: shared, body: 'Message de Bob' });
    expect(retry).toMatchObject({ duplicate: true, message: { id: second.message.id } });
    const rows: { body: string }[] = await t.db.query(`SELECT body FROM room_messages WHERE room_id = $1 ORDER BY seq`, [roomId]);
    expect(rows.map((r) => r.body)).toEqual(['Message d’Alice', 'Message de Bob']);
  });
});
