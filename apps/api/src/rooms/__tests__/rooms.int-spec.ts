import { ROOM_LIMITS, type RoomMessage } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import {
  call,
  clientId,
  closeSockets,
  connect,
  inHours,
  next,
  ok,
  openRoom,
  person,
  record,
  sleep,
  staffedRoom,
  type Person,
} from './room-test-kit';

describe('rooms: REST and live discussion over real sockets', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let alice: Person;
  let bob: Person;
  let roomId: string;
  let consultationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ official, facilitator, roomId, consultationId } = await staffedRoom(t));
  });
  // Fresh people for every test, so that the per-person flood limit of one test never spills into the next.
  beforeEach(async () => {
    alice = await person(t, 'participant', 'resident', 'Alice Martin');
    bob = await person(t, 'participant', 'diaspora', 'Bob Diop');
  });
  afterEach(() => closeSockets());
  afterAll(() => t.close());

  describe('REST', () => {
    it('officials schedule rooms; participants and anonymous visitors cannot; facilitators open and close them', async () => {
      const body = { title: { fr: 'Atelier' }, languages: ['fr'], startsAt: inHours(1), endsAt: inHours(2) };
      await alice.client.post(`/api/consultations/${consultationId}/rooms`, body).expect(403);
      await facilitator.client.post(`/api/consultations/${consultationId}/rooms`, body).expect(403);
      await (await t.client()).post(`/api/consultations/${consultationId}/rooms`, body).expect(401);
      const bad = await official.client
        .post(`/api/consultations/${consultationId}/rooms`, { ...body, endsAt: inHours(0), access: 'invited' })
        .expect(422);
      expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['endsAt', 'invitedCategories']);
      const room = (await official.client.post(`/api/consultations/${consultationId}/rooms`, body).expect(201)).body;
      expect(room).toMatchObject({
        status: 'scheduled',
        access: 'signed_in',
        facilitators: [{ id: facilitator.id, displayName: 'Irene Casals' }],
      });

      await alice.client.post(`/api/rooms/${room.id}/status`, { status: 'open' }).expect(403);
      const opened = await facilitator.client.post(`/api/rooms/${room.id}/status`, { status: 'open' }).expect(200);
      expect(opened.body).toMatchObject({ status: 'open', can: { facilitate: true, post: true, edit: false, export: false } });
      await facilitator.client.post(`/api/rooms/${room.id}/status`, { status: 'closed' }).expect(200);
      const again = await facilitator.client.post(`/api/rooms/${room.id}/status`, { status: 'open' }).expect(409);
      expect(again.body.error.code).toBe('rooms.invalid_transition');

      const seen = (await alice.client.get(`/api/rooms/${room.id}`).expect(200)).body;
      expect(seen.can).toEqual({ enter: true, post: false, facilitate: false, edit: false, export: false });
      const list = (await alice.client.get(`/api/consultations/${consultationId}/rooms?limit=1`).expect(200)).body;
      expect(list.items).toHaveLength(1);
      const second = (await alice.client.get(`/api/consultations/${consultationId}/rooms?limit=1&cursor=${list.nextCursor}`).expect(200))
        .body;
      expect(second.items[0].id).not.toBe(list.items[0].id);
      expect((await alice.client.get('/api/rooms?status=open').expect(200)).body.items.map((r: { id: string }) => r.id)).toContain(roomId);
    });
  });

  describe('taking part', () => {
    it('delivers a message to everyone in the room, stores it once per client id, and answers a retry with the same message', async () => {
      const a = await connect(t, alice);
      const b = await connect(t, bob);
      await ok(a, 'room:join', { roomId });
      const joined = await ok(b, 'room:join', { roomId });
      expect(joined.me).toMatchObject({ userId: bob.id, canPost: true, facilitator: false });
      const seenByBob = next(b, 'message:new', (m) => m.author.id === alice.id);
      const id = clientId();
      const sent = await ok(a, 'message:send', { roomId, clientId: id, body: 'Bonjour **à tous** <script>alert(1)</script>' });
      expect(sent.duplicate).toBe(false);
      expect(sent.message).toMatchObject({
        seq: expect.any(Number),
        author: { id: alice.id, displayName: 'Alice Martin', category: 'resident' },
      });
      expect(sent.message.bodyHtml).toContain('<strong>à tous</strong>');
      expect(sent.message.bodyHtml).not.toContain('<script');
      expect((await seenByBob).id).toBe(sent.message.id);

      // The ack was "lost": the client sends again with the same id, even twice at once.
      const retries = await Promise.all(
        [1, 2, 3].map(() => ok(a, 'message:send', { roomId, clientId: id, body: 'Bonjour **à tous** <script>alert(1)</script>' })),
      );
      for (const r of retries) expect(r).toMatchObject({ duplicate: true, message: { id: sent.message.id, seq: sent.message.seq } });
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM room_messages WHERE room_id = $1 AND client_id = $2`, [roomId, id]);
      expect(rows[0].n).toBe(1);
      const contribution = await t.db.query(`SELECT source, text, category, consultation_id FROM contributions WHERE source_ref = $1`, [
        sent.message.id,
      ]);
      expect(contribution).toEqual([
        {
          source: 'room_message',
          text: 'Bonjour **à tous** <script>alert(1)</script>',
          category: 'resident',
          consultation_id: consultationId,
        },
      ]);
      // The stakeholder balance counts the message once, retries included.
      const balance = await t.db.query(
        `SELECT contributions, category FROM consultation_participants WHERE consultation_id = $1 AND participant_key = $2`,
        [consultationId, `u:${alice.id}`],
      );
      expect(balance).toEqual([{ contributions: 1, category: 'resident' }]);
    });

    it('sends what a reconnecting client missed (new messages and changes) from the last revision it saw', async () => {
      const a = await connect(t, alice);
      const first = await ok(a, 'room:join', { roomId });
      const lastRev = first.rev;
      a.disconnect();
      const b = await connect(t, bob);
      await ok(b, 'room:join', { roomId });
      const m1 = (await ok(b, 'message:send', { roomId, clientId: clientId(), body: 'Pendant ton absence (1)' })).message;
      const m2 = (await ok(b, 'message:send', { roomId, clientId: clientId(), body: 'Pendant ton absence (2)' })).message;
      await ok(b, 'message:react', { roomId, messageId: first.messages[first.messages.length - 1].id, kind: 'plus_one', on: true });
      const again = await connect(t, alice);
      const caught = await ok(again, 'room:join', { roomId, afterRev: lastRev });
      expect(caught.catchUp).toBe(true);
      expect(caught.messages.map((m: RoomMessage) => m.id)).toEqual(
        expect.arrayContaining([m1.id, m2.id, first.messages[first.messages.length - 1].id]),
      );
      expect(caught.messages.every((m: RoomMessage) => m.rev > lastRev)).toBe(true);
      expect(caught.rev).toBeGreaterThanOrEqual(Math.max(...caught.messages.map((m: RoomMessage) => m.rev)));
      const more = await ok(again, 'room:catch_up', { roomId, afterRev: caught.rev });
      expect(more.messages).toEqual([]);
    });

    it('pages history backwards', async () => {
      const { roomId: busy } = await openRoom(t, official, facilitator);
      await t.db.query(
        `WITH r AS (UPDATE rooms SET last_seq = 120, last_rev = 120 WHERE id = $1 RETURNING id)
         INSERT INTO room_messages (id, room_id, seq, rev, client_id, author_id, author_category, body)
         SELECT gen_random_uuid(), $1, g, g, 'seed' || g, $2, 'resident', 'Message ' || g FROM generate_series(1, 120) g`,
        [busy, alice.id],
      );
      const b = await connect(t, bob);
      const joined = await ok(b, 'room:join', { roomId: busy });
      expect(joined.messages.map((m: RoomMessage) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 71 + i));
      expect(joined.hasOlder).toBe(true);
      const older = await ok(b, 'room:history', { roomId: busy, beforeSeq: 71 });
      expect(older.messages[0].seq).toBe(21);
      const oldest = await ok(b, 'room:history', { roomId: busy, beforeSeq: 21 });
      expect(oldest).toMatchObject({ hasOlder: false });
      expect(oldest.messages).toHaveLength(20);
    });

    it('replies, reactions, editing and deleting one’s own message within five minutes', async () => {
      const a = await connect(t, alice);
      const b = await connect(t, bob);
      await ok(a, 'room:join', { roomId });
      await ok(b, 'room:join', { roomId });
      const original = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Les jumelages doivent évoluer.' })).message;
      const reply = (await ok(b, 'message:send', { roomId, clientId: clientId(), body: 'Tout à fait', replyToId: original.id })).message;
      expect(reply.replyTo).toEqual({
        id: original.id,
        seq: original.seq,
        authorName: 'Alice Martin',
        excerpt: 'Les jumelages doivent évoluer.',
      });

      const update = next(a, 'message:updated', (m) => m.id === original.id && m.reactions.agree === 1);
      const reacted = await ok(b, 'message:react', { roomId, messageId: original.id, kind: 'agree', on: true });
      expect(reacted.message).toMatchObject({ reactions: { agree: 1, disagree: 0, plus_one: 0 }, myReactions: ['agree'] });
      await update;
      await ok(b, 'message:react', { roomId, messageId: original.id, kind: 'agree', on: true });
      expect((await ok(b, 'message:react', { roomId, messageId: original.id, kind: 'agree', on: false })).message.reactions.agree).toBe(0);

      const edited = await ok(a, 'message:edit', {
        roomId,
        messageId: original.id,
        body: 'Les jumelages doivent devenir des partenariats.',
      });
      expect(edited.message).toMatchObject({ body: 'Les jumelages doivent devenir des partenariats.', editedAt: expect.any(String) });
      const notMine = await call(b, 'message:edit', { roomId, messageId: original.id, body: 'Piraté' });
      expect(notMine).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      await t.db.query(`UPDATE room_messages SET created_at = now() - interval '6 minutes' WHERE id = $1`, [reply.id]);
      const late = await call(b, 'message:delete', { roomId, messageId: reply.id });
      expect(late).toMatchObject({ ok: false, error: { code: 'rooms.edit_window_passed', message: expect.stringContaining('5 minutes') } });

      const gone = next(b, 'message:updated', (m) => m.id === original.id && m.deleted);
      await ok(a, 'message:delete', { roomId, messageId: original.id });
      expect(await gone).toMatchObject({ body: null, bodyHtml: null, deleted: true });
      expect(await t.db.query(`SELECT 1 FROM contributions WHERE source_ref = $1`, [original.id])).toEqual([]);
    });

    it('shows who is here, with counts per category, and the hand queue', async () => {
      const { roomId: r } = await openRoom(t, official, facilitator);
      const a = await connect(t, alice);
      await ok(a, 'room:join', { roomId: r });
      const arrivals = next(a, 'presence:delta', (d) => d.joined.some((e) => e.userId === bob.id));
      const b = await connect(t, bob);
      const joined = await ok(b, 'room:join', { roomId: r });
      expect(joined.presence.entries.map((e: { userId: string }) => e.userId).sort()).toEqual([alice.id, bob.id].sort());
      expect(joined.presence).toMatchObject({ total: 2, counts: { resident: 1, diaspora: 1 }, guests: 0 });
      const arrival = await arrivals;
      expect(arrival.joined.find((e) => e.userId === bob.id)).toMatchObject({
        displayName: 'Bob Diop',
        category: 'diaspora',
        facilitator: false,
      });
      // Absolute counts of the process's part: applying the delta after the snapshot counts nobody twice.
      expect(arrival.counts.diaspora).toBe(joined.presence.counts.diaspora);

      const raised = next(a, 'hands:changed', (h) => h.hands.length === 1);
      await ok(b, 'hand:raise', { roomId: r });
      expect((await raised).hands[0]).toMatchObject({ userId: bob.id, displayName: 'Bob Diop' });
      expect(await call(a, 'hand:lower', { roomId: r, userId: bob.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const f = await connect(t, facilitator);
      await ok(f, 'room:join', { roomId: r });
      expect((await ok(f, 'hand:lower', { roomId: r, userId: bob.id })).hands).toEqual([]);

      const departure = next(a, 'presence:delta', (d) => d.left.includes(bob.id));
      b.disconnect();
      const counts = (await departure).counts;
      expect([counts.resident, counts.diaspora ?? 0]).toEqual([1, 0]);
    });
  });

  describe('facilitation', () => {
    it('pins, hides for everyone at once with a reason, marks key points, and moves the agenda on', async () => {
      const f = await connect(t, facilitator);
      const a = await connect(t, alice);
      const b = await connect(t, bob);
      for (const s of [f, a, b]) await ok(s, 'room:join', { roomId });
      const m = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Un message hors sujet' })).message;
      const k = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Créer un fonds de coopération métropolitain' }))
        .message;

      expect((await ok(f, 'message:pin', { roomId, messageId: k.id, pinned: true })).message.pinned).toBe(true);
      const hiddenForBob = next(b, 'message:updated', (x) => x.id === m.id && x.hidden !== null);
      const hiddenForAlice = next(a, 'message:updated', (x) => x.id === m.id && x.hidden !== null);
      await ok(f, 'message:hide', { roomId, messageId: m.id, reason: 'Hors sujet' });
      for (const seen of await Promise.all([hiddenForBob, hiddenForAlice]))
        expect(seen).toMatchObject({ body: null, hidden: { reason: 'Hors sujet' } });
      const [c] = await t.db.query(`SELECT hidden_at FROM contributions WHERE source_ref = $1`, [m.id]);
      expect(c.hidden_at).not.toBeNull();
      const b2 = await connect(t, bob);
      const history = await ok(b2, 'room:join', { roomId });
      expect(history.messages.find((x: RoomMessage) => x.id === m.id)).toMatchObject({ body: null, hidden: { reason: 'Hors sujet' } });
      expect(history.pinned.map((x: RoomMessage) => x.id)).toContain(k.id);
      // The facilitator's hide is on the record: the moderation queue's hidden list and its log.
      const queue = (await official.client.get('/api/moderation/queue?state=hidden&targetType=room_message').expect(200)).body;
      expect(queue.items.find((i: { targetId: string }) => i.targetId === m.id)).toMatchObject({
        excerpt: 'Un message hors sujet',
        link: `/rooms/${roomId}`,
        hidden: true,
      });
      const log = (await official.client.get(`/api/moderation/log?targetType=room_message&targetId=${m.id}`).expect(200)).body;
      expect(log.items).toEqual([
        expect.objectContaining({ action: 'hide', reason: 'Hors sujet', actor: expect.objectContaining({ id: facilitator.id }) }),
      ]);
      expect((await alice.client.get('/api/moderation/queue?state=hidden').expect(403)).body.error.code).toBe('forbidden');

      await ok(f, 'message:key_point', { roomId, messageId: k.id, keyPoint: true });
      const [kc] = await t.db.query(`SELECT key_point, text FROM contributions WHERE source_ref = $1`, [k.id]);
      expect(kc).toEqual({ key_point: true, text: 'Créer un fonds de coopération métropolitain' });

      const moved = next(b, 'room:state', (s) => s.currentAgendaIndex === 1);
      await ok(f, 'room:next_item', { roomId });
      await moved;
      expect((await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Sur les réseaux' })).message.agendaIndex).toBe(1);
      expect(await call(f, 'room:next_item', { roomId })).toMatchObject({ ok: false, error: { code: 'rooms.no_next_item' } });
    });

    it('slow mode and mute refuse messages, with translated errors; facilitators are exempt from slow mode', async () => {
      const { roomId: r } = await openRoom(t, official, facilitator);
      const f = await connect(t, facilitator);
      const b = await connect(t, bob, 'es');
      await ok(f, 'room:join', { roomId: r });
      await ok(b, 'room:join', { roomId: r });
      await ok(f, 'room:slow_mode', { roomId: r, seconds: 60 });
      await ok(b, 'message:send', { roomId: r, clientId: clientId(), body: 'Primero' });
      const slow = await call(b, 'message:send', { roomId: r, clientId: clientId(), body: 'Segundo' });
      expect(slow).toMatchObject({
        ok: false,
        error: { code: 'rooms.slow_mode', message: expect.stringMatching(/^Modo lento: espera \d+ segundos/) },
      });
      await ok(f, 'message:send', { roomId: r, clientId: clientId(), body: 'Facilitation 1' });
      await ok(f, 'message:send', { roomId: r, clientId: clientId(), body: 'Facilitation 2' });
      await ok(f, 'room:slow_mode', { roomId: r, seconds: 0 });

      const told = next(b, 'participant:muted', (x) => x.userId === bob.id);
      await ok(f, 'participant:mute', { roomId: r, userId: bob.id, muted: true });
      expect(await told).toMatchObject({ muted: true });
      const muted = await call(b, 'message:send', { roomId: r, clientId: clientId(), body: 'Je suis muet ?' });
      expect(muted).toMatchObject({
        ok: false,
        error: { code: 'rooms.muted', message: 'Una persona moderadora te ha silenciado en esta sala.' },
      });
      await ok(f, 'participant:mute', { roomId: r, userId: bob.id, muted: false });
      await ok(b, 'message:send', { roomId: r, clientId: clientId(), body: 'De nuevo' });
    });

    it('refuses facilitation to participants, whatever the action', async () => {
      const a = await connect(t, alice);
      await ok(a, 'room:join', { roomId });
      const m = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'À moi' })).message;
      const attempts = await Promise.all([
        call(a, 'message:pin', { roomId, messageId: m.id, pinned: true }),
        call(a, 'message:hide', { roomId, messageId: m.id, reason: 'x' }),
        call(a, 'message:key_point', { roomId, messageId: m.id, keyPoint: true }),
        call(a, 'room:slow_mode', { roomId, seconds: 30 }),
        call(a, 'room:next_item', { roomId }),
        call(a, 'participant:mute', { roomId, userId: bob.id, muted: true }),
      ]);
      for (const answer of attempts) expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await t.db.query(`SELECT pinned_at, hidden_at, key_point FROM room_messages WHERE id = $1`, [m.id]))[0]).toEqual({
        pinned_at: null,
        hidden_at: null,
        key_point: false,
      });
    });
  });

  describe('who may enter', () => {
    it('an invited room lets in invited categories and organisations only; others cannot join, read history or receive broadcasts', async () => {
      const org = (
        await bob.client
          .post('/api/organisations', { name: `Diaspora ${clientId().slice(0, 6)}`, category: 'diaspora', country: 'SN', city: 'Dakar' })
          .expect(201)
      ).body;
      const carla = await person(t, 'participant', 'academia', 'Carla Ruiz');
      const { roomId: r } = await openRoom(t, official, facilitator, {
        access: 'invited',
        invitedCategories: ['civil_society'],
        invitedOrganisationIds: [org.id],
      });
      const b = await connect(t, bob);
      const joined = await ok(b, 'room:join', { roomId: r });
      expect(joined.presence.entries[0]).toMatchObject({ userId: bob.id, organisation: org.name });

      const outsider = await connect(t, carla);
      const received = record(outsider, 'message:new');
      expect(await call(outsider, 'room:join', { roomId: r })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call(outsider, 'room:history', { roomId: r, beforeSeq: 100 })).toMatchObject({
        ok: false,
        error: { code: 'rooms.not_joined' },
      });
      expect(await call(outsider, 'message:send', { roomId: r, clientId: clientId(), body: 'Je force' })).toMatchObject({
        ok: false,
        error: { code: 'rooms.not_joined' },
      });
      const sent = (await ok(b, 'message:send', { roomId: r, clientId: clientId(), body: 'Pour la diaspora' })).message;
      expect(sent.author.organisation).toEqual({ id: org.id, name: org.name });
      await sleep(300);
      expect(received).toEqual([]);
      expect((await carla.client.get(`/api/rooms/${r}`).expect(200)).body.can).toMatchObject({ enter: false, post: false });
      const anonymous = await connect(t, null);
      expect(await call(anonymous, 'room:join', { roomId: r })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    });

    it('a public room can be read without an account but not written in; a closed room is a read-only archive', async () => {
      const { roomId: r } = await openRoom(t, official, facilitator, { access: 'public' });
      const anonymous = await connect(t, null);
      const joined = await ok(anonymous, 'room:join', { roomId: r });
      expect(joined.me).toEqual({ userId: null, canPost: false, facilitator: false });
      expect(joined.presence.guests).toBe(1);
      expect(await call(anonymous, 'message:send', { roomId: r, clientId: clientId(), body: 'Anonyme' })).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });

      const a = await connect(t, alice);
      await ok(a, 'room:join', { roomId: r });
      const kept = (await ok(a, 'message:send', { roomId: r, clientId: clientId(), body: 'Avant la clôture' })).message;
      const closing = next(a, 'room:state', (s) => s.status === 'closed');
      await official.client.post(`/api/rooms/${r}/status`, { status: 'closed' }).expect(200);
      await closing;
      expect(await call(a, 'message:send', { roomId: r, clientId: clientId(), body: 'Après' })).toMatchObject({
        ok: false,
        error: { code: 'rooms.not_open' },
      });
      expect(await call(a, 'message:react', { roomId: r, messageId: kept.id, kind: 'agree', on: true })).toMatchObject({
        ok: false,
        error: { code: 'rooms.not_open' },
      });
      const later = await connect(t, bob);
      const archive = await ok(later, 'room:join', { roomId: r });
      expect(archive).toMatchObject({ state: { status: 'closed' }, me: { canPost: false } });
      expect(archive.messages.map((m: RoomMessage) => m.id)).toEqual([kept.id]);
    });
  });

  describe('bad input and flooding', () => {
    it('answers oversized messages, wrong shapes, unknown events and missing acks with a code; the socket stays up', async () => {
      const a = await connect(t, alice, 'en');
      await ok(a, 'room:join', { roomId });
      const big = await call(a, 'message:send', { roomId, clientId: clientId(), body: 'x'.repeat(ROOM_LIMITS.messageMaxChars + 1) });
      expect(big).toMatchObject({
        ok: false,
        error: { code: 'validation_failed', fields: [{ path: 'body', code: 'too_long', message: 'Use at most 2000 characters.' }] },
      });
      const shape = await call(a, 'message:send', { roomId, body: 42, extra: true } as never);
      expect(shape).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      expect((shape as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path).sort()).toEqual([
        'body',
        'clientId',
        'extra',
      ]);

      const unknown = next(a, 'socket:error', (e) => e.event === 'room:explode');
      (a as unknown as { emit: (e: string, p: unknown) => void }).emit('room:explode', { roomId });
      expect(await unknown).toMatchObject({ error: { code: 'rooms.unknown_event', message: 'This action does not exist.' } });
      const noAck = next(a, 'socket:error', (e) => e.event === 'message:send');
      (a as unknown as { emit: (e: string, p: unknown) => void }).emit('message:send', { roomId, clientId: clientId(), body: 'sans ack' });
      expect(await noAck).toMatchObject({ error: { code: 'validation_failed' } });
      expect(a.connected).toBe(true);
      await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Toujours là' });
    });

    it('limits messages per person (hard limit whatever the slow mode) and events per socket', async () => {
      const { roomId: r } = await openRoom(t, official, facilitator);
      const carol = await person(t, 'participant', 'resident', 'Carol');
      const c = await connect(t, carol);
      await ok(c, 'room:join', { roomId: r });
      const answers = [];
      for (let i = 0; i < ROOM_LIMITS.floodMessages + 2; i++)
        answers.push(await call(c, 'message:send', { roomId: r, clientId: clientId(), body: `flood ${i}` }));
      expect(answers.filter((x) => x.ok)).toHaveLength(ROOM_LIMITS.floodMessages);
      expect(answers[answers.length - 1]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });

      const burst = await Promise.all(Array.from({ length: 80 }, () => call(c, 'room:catch_up', { roomId: r, afterRev: 0 })));
      expect(burst.some((x) => !x.ok && x.error.code === 'rate_limited')).toBe(true);
      expect(c.connected).toBe(true);
    });
  });

  describe('transcript', () => {
    it('officials export Markdown and CSV; hidden messages are marked without their text; others are refused', async () => {
      const f = await connect(t, facilitator);
      const a = await connect(t, alice);
      await ok(f, 'room:join', { roomId });
      await ok(a, 'room:join', { roomId });
      const hidden = (await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Texte à masquer' })).message;
      await ok(f, 'message:hide', { roomId, messageId: hidden.id, reason: 'Propos personnels' });
      await ok(a, 'message:send', { roomId, clientId: clientId(), body: 'Une idée, "avec des guillemets", et une virgule' });
      const md = await official.client.get(`/api/rooms/${roomId}/transcript?format=md&lang=fr`).expect(200);
      expect(md.headers['content-type']).toMatch(/text\/markdown/);
      expect(md.text).toContain('# Salon test');
      expect(md.text).toContain('Alice Martin, Habitant');
      expect(md.text).toContain('Propos personnels');
      expect(md.text).not.toContain('Texte à masquer');
      const csv = await official.client.get(`/api/rooms/${roomId}/transcript?format=csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain('"Une idée, ""avec des guillemets"", et une virgule"');
      await facilitator.client.get(`/api/rooms/${roomId}/transcript`).expect(403);
      await alice.client.get(`/api/rooms/${roomId}/transcript`).expect(403);
    });
  });
});
