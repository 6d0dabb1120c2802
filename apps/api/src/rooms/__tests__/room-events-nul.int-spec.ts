import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { call, clientId, closeSockets, connect, ok, openRoom, person } from './room-test-kit';

/**
 * PostgreSQL refuses the NUL character in text: over socket.io as over HTTP, a NUL in any text of
 * a room event is a validation error naming the field, never `internal`, and nothing is stored.
 */
describe('room events with a NUL byte', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  it('answers validation_failed with the field for a NUL in a message, an edit, a hide reason, an id or a plan event', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, official, { access: 'public' });
    const socket = await connect(t, official, 'en');
    await ok(socket, 'room:join', { roomId });
    const sent = await ok(socket, 'message:send', { roomId, clientId: clientId(), body: 'Bonjour' });
    const answers = {
      send: await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'a\u0000b' }),
      edit: await call(socket, 'message:edit', { roomId, messageId: sent.message.id, body: 'x\u0000' }),
      hide: await call(socket, 'message:hide', { roomId, messageId: sent.message.id, reason: 'Spam\u0000' }),
      clientId: await call(socket, 'message:send', { roomId, clientId: `${clientId().slice(1)}\u0000`, body: 'Texte' }),
      join: await call(socket, 'room:join', { roomId: `${roomId.slice(0, -1)}\u0000` }),
    };
    for (const [what, answer] of Object.entries(answers)) {
      expect([what, answer]).toEqual([
        what,
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'validation_failed' }) }),
      ]);
    }
    expect(answers.send).toMatchObject({ error: { fields: [{ path: 'body' }] } });
    // Every socket event, not only the rooms': the guard runs before any handler.
    const plan = await (socket.timeout(5000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<unknown> }).emitWithAck(
      'plan:join',
      { planId: 'a\u0000b' },
    );
    expect(plan).toMatchObject({ ok: false, error: { code: 'validation_failed', fields: [{ path: 'planId' }] } });
    const rows: { body: string; hidden_at: Date | null }[] = await t.db.query(
      `SELECT body, hidden_at FROM room_messages WHERE room_id = $1`,
      [roomId],
    );
    expect(rows).toEqual([{ body: 'Bonjour', hidden_at: null }]);
  });
});
