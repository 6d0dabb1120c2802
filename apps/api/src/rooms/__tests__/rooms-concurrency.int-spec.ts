import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../core/database/data-source';
import { createApp } from '../../create-app';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { clientId, closeSockets, connect, ok, openRoom, person, type Person } from './room-test-kit';

/**
 * Sequence numbers under concurrency: two application instances (each with its own connection
 * pool, like two API processes) on one database, many people posting at once, with duplicate
 * retries racing the originals. Every message gets exactly one row and the sequence is 1..n.
 */
describe('rooms: sequence assignment under concurrency', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  let secondDb: DataSource;

  beforeAll(async () => {
    // Sequence assignment is the subject: no machine translation competing for the CPU of a busy CI machine.
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
    secondDb = createDataSource((t.db.options as { url: string }).url);
    await secondDb.initialize();
    second = await createApp(t.env, secondDb);
    await second.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    closeSockets();
    await second.close();
    if (secondDb.isInitialized) await secondDb.destroy();
    await t.close();
  });

  it('gives 1..n without gaps or duplicates when 30 people post 5 messages each at once across two instances, with retries', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null);
    const people: Person[] = await Promise.all(Array.from({ length: 30 }, (_, i) => person(t, 'participant', 'resident', `P${i}`)));
    const secondPort = (second.getHttpServer().address() as AddressInfo).port;
    const sockets = await Promise.all(people.map((p, i) => connect(i % 2 ? secondPort : t, p)));
    await Promise.all(sockets.map((s) => ok(s, 'room:join', { roomId })));
    const ids = people.map(() => Array.from({ length: 5 }, () => clientId()));
    const answers = await Promise.all(
      sockets.flatMap((s, i) =>
        ids[i].flatMap((id, n) => {
          const send = () => ok(s, 'message:send', { roomId, clientId: id, body: `Message ${n} de P${i}` });
          // Every other message is retried at the same moment (a lost ack), the retry racing the original.
          return n % 2 ? [send(), send()] : [send()];
        }),
      ),
    );
    const rows: { seq: number; client_id: string; id: string }[] = await t.db.query(
      `SELECT seq, client_id, id FROM room_messages WHERE room_id = $1 ORDER BY seq`,
      [roomId],
    );
    expect(rows).toHaveLength(150);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.client_id)).size).toBe(150);
    // Both answers to a raced retry name the same stored message.
    const byClient = new Map(rows.map((r) => [r.client_id, r.id]));
    for (const a of answers) expect(byClient.get(a.message.clientId)).toBe(a.message.id);
    const [{ last_seq }] = await t.db.query(`SELECT last_seq FROM rooms WHERE id = $1`, [roomId]);
    expect(last_seq).toBe(150);
    const contributions = await t.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE source = 'room_message' AND source_ref = ANY($1::text[])`,
      [rows.map((r) => r.id)],
    );
    expect(contributions[0].n).toBe(150);
  }, 90_000);
});
