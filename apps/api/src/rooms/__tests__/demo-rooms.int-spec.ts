import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { seedDemoData } from '../../demo/seed-demo-data';
import { seedDemoRooms } from '../../demo/demo-rooms';
import { clientId, closeSockets, connect, ok, person } from './room-test-kit';

describe('demo rooms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  it('adds a closed room with a multilingual transcript and an open room a newcomer can join; seeding twice changes nothing', async () => {
    await seedDemoData(t.db, () => undefined);
    const rooms = await t.db.query(`SELECT id, status, consultation_id, last_seq FROM rooms ORDER BY status`);
    expect(rooms.map((r: { status: string }) => r.status)).toEqual(['closed', 'open']);
    const [closed, open] = rooms;
    expect(closed.last_seq).toBeGreaterThanOrEqual(20);
    const languages = await t.db.query(`SELECT DISTINCT language FROM contributions WHERE source = 'room_message' ORDER BY language`);
    expect(languages.map((l: { language: string }) => l.language)).toEqual(expect.arrayContaining(['ca', 'en', 'es', 'fr']));
    const keyPoints = await t.db.query(`SELECT count(*)::int AS n FROM contributions WHERE source = 'room_message' AND key_point`);
    expect(keyPoints[0].n).toBeGreaterThanOrEqual(4);

    const before = await t.db.query(`SELECT count(*)::int AS n FROM room_messages`);
    await t.db.transaction((m) => seedDemoRooms(m, closed.consultation_id));
    expect(await t.db.query(`SELECT count(*)::int AS n FROM room_messages`)).toEqual(before);

    const newcomer = await person(t, 'participant', 'diaspora', 'Nouvelle venue');
    const listed = (await newcomer.client.get('/api/rooms?status=open').expect(200)).body.items;
    expect(listed.map((r: { id: string }) => r.id)).toContain(open.id);
    const socket = await connect(t, newcomer);
    const joined = await ok(socket, 'room:join', { roomId: open.id });
    expect(joined.me.canPost).toBe(true);
    expect(joined.messages.length).toBeGreaterThan(0);
    await ok(socket, 'message:send', { roomId: open.id, clientId: clientId(), body: 'Bonjour, je viens de Tunis.' });
    const archive = await ok(socket, 'room:join', { roomId: closed.id });
    expect(archive.state.status).toBe('closed');
    expect(archive.messages.some((m: { hidden: unknown }) => m.hidden)).toBe(true);
    // The whole demo set (every feature's) loads first: slow on a busy machine.
  }, 180_000);
});
