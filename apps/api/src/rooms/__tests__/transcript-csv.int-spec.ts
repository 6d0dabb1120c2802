import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { clientId, closeSockets, connect, ok, openRoom, person } from './room-test-kit';

/** The probe's formula injection: a message and a display name written as formulas into the transcript CSV. */
describe('room transcript CSV', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  it('neutralises formulas in messages and display names', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const attacker = await person(t, 'participant', 'resident', '@SUM(1+1)*cmd');
    const socket = await connect(t, attacker);
    await ok(socket, 'room:join', { roomId });
    await ok(socket, 'message:send', { roomId, clientId: clientId(), body: '=HYPERLINK("http://evil.example","clic")' });
    const csv = await official.client.get(`/api/rooms/${roomId}/transcript?format=csv&lang=en`).expect(200);
    const rows: Record<string, string>[] = parse(csv.text.replace(/^\ufeff/, ''), { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0].Text).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(rows[0].Author).toBe(`'@SUM(1+1)*cmd`);
  });
});
