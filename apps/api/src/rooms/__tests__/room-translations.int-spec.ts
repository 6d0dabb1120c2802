import { parse } from 'csv-parse/sync';
import type { RoomMessageTranslation } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { TranslationService } from '../../translation/translation.service';
import { clientId, closeSockets, connect, next, ok, openRoom, person, type RoomClient } from './room-test-kit';

const FRENCH = 'La ville doit participer aux réseaux européens des villes.';
const ENGLISH = 'The city must take part in the European networks of cities.';

/** Every `room:message_translated` a socket receives. */
function collect(socket: RoomClient): RoomMessageTranslation[] {
  const seen: RoomMessageTranslation[] = [];
  socket.on('room:message_translated', (t) => seen.push(t));
  return seen;
}

const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms));

describe('live rooms in every reader language (real socket.io clients, real Apertium)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
  }, 120_000);
  afterAll(async () => {
    closeSockets();
    await t?.close();
  });

  it('sends each message once per language channel, translated once per language, and each reader gets it exactly once', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const [fr, en, en2] = [
      await person(t, 'participant', 'resident', 'Amélie'),
      await person(t, 'participant', 'resident', 'Brian'),
      await person(t, 'participant', 'resident', 'Chloe'),
    ];
    const [a, b, c] = [await connect(t, fr, 'fr'), await connect(t, en, 'en'), await connect(t, en2, 'en')];
    const joined = await ok(a, 'room:join', { roomId });
    expect(joined.translation).toEqual({ language: 'fr', available: true });
    await ok(b, 'room:join', { roomId });
    await ok(c, 'room:join', { roomId });
    const [seenA, seenB, seenC] = [collect(a), collect(b), collect(c)];
    const engine = jest.spyOn(t.app.get(TranslationService).translator, 'translate');

    const toEnglish = next(b, 'room:message_translated', (m) => m.to === 'en');
    const frenchOriginal = next(b, 'message:new');
    const sent = await ok(a, 'message:send', { roomId, clientId: clientId(), body: FRENCH });
    expect(sent).toMatchObject({ duplicate: false, message: { body: FRENCH, language: 'fr' } });
    expect(sent.message.translation).toBeUndefined(); // the ack and the broadcast stay the original
    expect(await frenchOriginal).toMatchObject({ id: sent.message.id, body: FRENCH });
    expect(await toEnglish).toMatchObject({
      roomId,
      messageId: sent.message.id,
      rev: sent.message.rev,
      from: 'fr',
      to: 'en',
      body: expect.stringMatching(/city/i),
    });

    const toFrench = next(a, 'room:message_translated', (m) => m.to === 'fr');
    const reply = await ok(b, 'message:send', { roomId, clientId: clientId(), body: ENGLISH });
    expect(reply.message.language).toBe('en');
    expect(await toFrench).toMatchObject({ messageId: reply.message.id, from: 'en', to: 'fr', body: expect.stringMatching(/ville/i) });
    await settle();

    // Each reader receives the other's message in their own language, exactly once; nothing in another language.
    expect(seenA.map((s) => [s.messageId, s.to])).toEqual([[reply.message.id, 'fr']]);
    expect(seenB.map((s) => [s.messageId, s.to])).toEqual([[sent.message.id, 'en']]);
    expect(seenC).toEqual(seenB);
    // Once per message and target language (three others each), whatever the number of sockets: fr->en pivots
    // through Spanish inside the engine, still one call.
    expect(engine).toHaveBeenCalledTimes(6);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM machine_translations WHERE target_language IN ('fr','en','es','ca')`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(6);

    // Catch-up after a reconnection and the history page carry the translation from the cache, without the engine.
    engine.mockClear();
    const again = await connect(t, en, 'en');
    const caught = await ok(again, 'room:join', { roomId, afterRev: 0 });
    const mine = caught.messages.find((m) => m.id === sent.message.id)!;
    expect(mine.translation).toMatchObject({ from: 'fr', to: 'en', body: (await toEnglish).body });
    expect(caught.messages.find((m) => m.id === reply.message.id)!.translation).toBeUndefined();
    const page = await ok(again, 'room:history', { roomId, beforeSeq: 100 });
    expect(page.messages.find((m) => m.id === sent.message.id)!.translation?.body).toBe(mine.translation!.body);
    expect(engine).not.toHaveBeenCalled();

    // A pinned message is read in translation too: the join answer's pinned list carries it, from the cache.
    const facilitator = await connect(t, official, 'fr');
    await ok(facilitator, 'room:join', { roomId });
    await ok(facilitator, 'message:pin', { roomId, messageId: sent.message.id, pinned: true });
    const later = await connect(t, en2, 'en');
    const rejoined = await ok(later, 'room:join', { roomId });
    expect(rejoined.pinned.map((m) => [m.id, m.translation?.to, m.translation?.body])).toEqual([
      [sent.message.id, 'en', mine.translation!.body],
    ]);
    expect(engine).not.toHaveBeenCalled();

    // The transcript in one language (from the cache, marked, originals kept) or as written.
    const csv = await official.client.get(`/api/rooms/${roomId}/transcript?format=csv&language=en`).expect(200);
    const lines: Record<string, string>[] = parse(csv.text.replace(/^\ufeff/, ''), { columns: true });
    expect(lines.map((r) => [r.text, r.machine_translated_from, r.original_text])).toEqual([
      [mine.translation!.body, 'fr', FRENCH],
      [ENGLISH, '', ENGLISH],
    ]);
    const md = await official.client.get(`/api/rooms/${roomId}/transcript?format=md&language=en`).expect(200);
    expect(md.text).toContain(`> ${mine.translation!.body}`);
    expect(md.text).toContain('Machine translated from French');
    const originals = await official.client.get(`/api/rooms/${roomId}/transcript?format=csv`).expect(200);
    const asWritten: Record<string, string>[] = parse(originals.text.replace(/^\ufeff/, ''), { columns: true });
    expect(asWritten.map((r) => r.text)).toEqual([FRENCH, ENGLISH]);
    expect(asWritten[0]).not.toHaveProperty('original_text');
    await official.client.get(`/api/rooms/${roomId}/transcript?format=csv&language=de`).expect(422);
    expect(engine).not.toHaveBeenCalled();
    engine.mockRestore();
  });
});

describe('live rooms with machine translation off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
  }, 120_000);
  afterAll(async () => {
    closeSockets();
    await t?.close();
  });

  it('sends the originals only and says translation is off', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const [fr, en] = [await person(t), await person(t)];
    const [a, b] = [await connect(t, fr, 'fr'), await connect(t, en, 'en')];
    await ok(a, 'room:join', { roomId });
    expect((await ok(b, 'room:join', { roomId })).translation).toEqual({ language: 'en', available: false });
    const seen = collect(b);
    const original = next(b, 'message:new');
    await ok(a, 'message:send', { roomId, clientId: clientId(), body: FRENCH });
    expect(await original).toMatchObject({ body: FRENCH });
    await settle(500);
    expect(seen).toEqual([]);
    const history = await ok(b, 'room:history', { roomId, beforeSeq: 100 });
    expect(history.messages[0].translation).toBeUndefined();
  });
});
