import { parse } from 'csv-parse/sync';
import type { RoomMessage, RoomMessageTranslation } from '@polyphony/contracts';
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

/** Every `message:new` a socket receives. */
function collectNew(socket: RoomClient): RoomMessage[] {
  const seen: RoomMessage[] = [];
  socket.on('message:new', (m) => seen.push(m));
  return seen;
}

const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms));

describe('live rooms in every reader language (real socket.io clients, real Apertium)', () => {
  let t: TestApp;
  afterEach(() => jest.restoreAllMocks());
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
    // Start the pipelines the tests use (a cold pipeline takes longer than a message waits for its translation).
    const service = t.app.get(TranslationService);
    for (const [from, to] of [
      ['fr', 'en'],
      ['fr', 'es'],
      ['fr', 'ca'],
      ['en', 'fr'],
      ['en', 'es'],
      ['en', 'ca'],
    ] as const)
      await service.translate([{ text: 'Bonjour à tous', from }], to);
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
    const [newA, newB, newC] = [collectNew(a), collectNew(b), collectNew(c)];
    const engine = jest.spyOn(t.app.get(TranslationService).translator, 'translate');

    const sent = await ok(a, 'message:send', { roomId, clientId: clientId(), body: FRENCH });
    expect(sent).toMatchObject({ duplicate: false, message: { body: FRENCH, language: 'fr' } });
    expect(sent.message.translation).toBeUndefined(); // the ack is the original
    const reply = await ok(b, 'message:send', { roomId, clientId: clientId(), body: ENGLISH });
    expect(reply.message.language).toBe('en');
    await settle();

    // Each reader gets every message once, and each other-language message's translation exactly once: inside the
    // message when the engine answers within the wait, else right after it (under load). Readers order by seq.
    const translationsAt = (news: RoomMessage[], seen: RoomMessageTranslation[]) =>
      [...news.filter((m) => m.translation).map((m) => [m.id, m.translation!.to]), ...seen.map((x) => [x.messageId, x.to])].sort();
    for (const news of [newA, newB, newC]) expect(news.map((m) => m.id).sort()).toEqual([sent.message.id, reply.message.id].sort());
    expect(translationsAt(newA, seenA)).toEqual([[reply.message.id, 'fr']]);
    expect(translationsAt(newB, seenB)).toEqual([[sent.message.id, 'en']]);
    expect(translationsAt(newC, seenC)).toEqual([[sent.message.id, 'en']]);
    const toEnglish = newB.find((m) => m.id === sent.message.id)!.translation ?? seenB[0];
    expect(toEnglish).toMatchObject({ from: 'fr', to: 'en', body: expect.stringMatching(/city/i) });
    const toFrench = newA.find((m) => m.id === reply.message.id)!.translation ?? seenA[0];
    expect(toFrench).toMatchObject({ from: 'en', to: 'fr', body: expect.stringMatching(/ville/i) });
    // Once per message and target language (three others each), whatever the number of sockets: fr->en pivots
    // through Spanish inside the engine, still one call.
    expect(engine).toHaveBeenCalledTimes(6);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM machine_translations WHERE target_language IN ('fr','en','es','ca')`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(6);

    // A text whose translations are cached goes out as one event per reader, translated, with no second event.
    const cachedAgain = next(b, 'message:new');
    const same = await ok(a, 'message:send', { roomId, clientId: clientId(), body: FRENCH });
    expect(await cachedAgain).toMatchObject({ id: same.message.id, translation: { to: 'en', body: toEnglish.body } });
    await settle(500);
    expect(seenB.filter((x) => x.messageId === same.message.id)).toEqual([]);

    // Catch-up after a reconnection and the history page carry the translation from the cache, without the engine.
    engine.mockClear();
    const again = await connect(t, en, 'en');
    const caught = await ok(again, 'room:join', { roomId, afterRev: 0 });
    const mine = caught.messages.find((m) => m.id === sent.message.id)!;
    expect(mine.translation).toMatchObject({ from: 'fr', to: 'en', body: toEnglish.body });
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
    // Headings in English (the language asked for), so comma-separated.
    expect(lines.map((r) => [r.Text, r['Machine translated from'], r['Original text']])).toEqual([
      [mine.translation!.body, 'French', FRENCH],
      [ENGLISH, '', ENGLISH],
      [mine.translation!.body, 'French', FRENCH],
    ]);
    const md = await official.client.get(`/api/rooms/${roomId}/transcript?format=md&language=en`).expect(200);
    expect(md.text).toContain(`> ${mine.translation!.body}`);
    expect(md.text).toContain('Machine translated from French');
    const originals = await official.client.get(`/api/rooms/${roomId}/transcript?format=csv&lang=en`).expect(200);
    const asWritten: Record<string, string>[] = parse(originals.text.replace(/^\ufeff/, ''), { columns: true });
    expect(asWritten.map((r) => r.Text)).toEqual([FRENCH, ENGLISH, FRENCH]);
    expect(asWritten[0]).not.toHaveProperty('Original text');
    await official.client.get(`/api/rooms/${roomId}/transcript?format=csv&language=de`).expect(422);
    expect(engine).not.toHaveBeenCalled();
    engine.mockRestore();
  });

  it('lets the original go first when the engine is slow, and sends the translation after it, once', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'public' });
    const [fr, en] = [await person(t), await person(t)];
    const [a, b] = [await connect(t, fr, 'fr'), await connect(t, en, 'en')];
    await ok(a, 'room:join', { roomId });
    await ok(b, 'room:join', { roomId });
    const [newB, seenB] = [collectNew(b), collect(b)];
    // The real engine, held until the original has arrived: a server waiting for the translation would never send it.
    const translator = t.app.get(TranslationService).translator;
    const real = translator.translate.bind(translator);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow = jest.spyOn(translator, 'translate').mockImplementation(async (...args) => {
      await held;
      return real(...args);
    });
    const body = 'Les associations de la diaspora proposent un jumelage avec Dakar.';
    const sent = await ok(a, 'message:send', { roomId, clientId: clientId(), body });
    const original = await next(b, 'message:new');
    release();
    expect(original).toMatchObject({ id: sent.message.id, body });
    expect(original.translation).toBeUndefined();
    const translated = await next(b, 'room:message_translated');
    expect(translated).toMatchObject({ messageId: sent.message.id, from: 'fr', to: 'en', body: expect.stringMatching(/Dakar/) });
    await settle(500);
    expect(newB).toHaveLength(1);
    expect(seenB).toHaveLength(1);
    slow.mockRestore();
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
