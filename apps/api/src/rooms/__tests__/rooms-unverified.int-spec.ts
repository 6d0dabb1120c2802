import { catalogs } from '@polyphony/i18n';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { UserEntity } from '../../users/user.entity';
import { call, clientId, closeSockets, connect, next, ok, openRoom, person, record, sleep } from './room-test-kit';

const caAuth = (catalogs.ca.api as { errors: { auth: Record<string, string> } }).errors.auth;
const caMessage = caAuth.email_unverified;
const caConsent = caAuth.consent_required;

/**
 * "Unverified accounts may not contribute" (issue 14) holds in live rooms too: over a real
 * socket.io client, an unconfirmed participant reads but cannot post, edit, react or raise a hand.
 */
describe('rooms: unverified accounts when the admins say they may not contribute', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    closeSockets();
    await t?.close();
  });

  it('refuses their messages with the translated reason, stores and broadcasts nothing, and lets them in once confirmed', async () => {
    const admin = await person(t, 'admin', 'official');
    const { roomId } = await openRoom(t, admin, null);
    const unverified = await person(t, 'participant', 'resident', 'Sans confirmation');
    const verified = await person(t, 'participant', 'academia', 'Confirmée');
    await t.db.getRepository(UserEntity).update({ id: verified.id }, { emailVerifiedAt: new Date() });

    const socket = await connect(t, unverified, 'ca');
    await ok(socket, 'room:join', { roomId });
    // Allowed by default: the admins have not said otherwise yet.
    const first = await ok(socket, 'message:send', { roomId, clientId: clientId(), body: 'Abans de la regla' });

    await admin.client.put('/api/admin/account-settings', { unverifiedMayContribute: false }).expect(200);
    const watcher = await connect(t, verified);
    await ok(watcher, 'room:join', { roomId });
    const seen = record(watcher, 'message:new');

    const refused = await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'Després de la regla' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth.email_unverified', message: caMessage } });
    for (const [event, payload] of [
      ['message:edit', { roomId, messageId: first.message.id, body: 'Editat' }],
      ['message:react', { roomId, messageId: first.message.id, kind: 'agree', on: true }],
      ['hand:raise', { roomId }],
    ] as const) {
      const answer = await call(socket, event, payload as never);
      expect({ event, answer }).toMatchObject({ event, answer: { ok: false, error: { code: 'auth.email_unverified' } } });
    }
    // Reading still works.
    await ok(socket, 'room:catch_up', { roomId, afterRev: 0 });
    await sleep(200);
    // Nothing new (the first message may still reach the watcher's language channel, translated, after it joined).
    expect(seen.filter((m) => m.id !== first.message.id)).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM room_messages WHERE room_id = $1 AND body = $2`, [
      roomId,
      'Després de la regla',
    ]);
    expect(n).toBe(0);

    // Someone whose address is confirmed, and the staff, still speak.
    await ok(watcher, 'message:send', { roomId, clientId: clientId(), body: 'Jo sí que puc' });
    const staff = await connect(t, admin);
    await ok(staff, 'room:join', { roomId });
    await ok(staff, 'message:send', { roomId, clientId: clientId(), body: 'L’equip també' });

    // Confirming the address (the link, in another tab) counts at once, without entering again.
    await t.db.getRepository(UserEntity).update({ id: unverified.id }, { emailVerifiedAt: new Date() });
    const arrives = next(watcher, 'message:new', (m) => m.body === 'Ara confirmada');
    await ok(socket, 'message:send', { roomId, clientId: clientId(), body: 'Ara confirmada' });
    await arrives;
  });

  it('an account that never accepted the privacy notice and terms (single sign-on) reads but does not post until it does', async () => {
    const admin = await person(t, 'admin', 'official');
    const { roomId } = await openRoom(t, admin, null);
    const newcomer = await person(t, 'participant', 'resident', 'Nouvelle venue');
    await t.db
      .getRepository(UserEntity)
      .update({ id: newcomer.id }, { privacyConsentAt: null, privacyConsentVersion: null, emailVerifiedAt: new Date() });
    const socket = await connect(t, newcomer, 'ca');
    await ok(socket, 'room:join', { roomId });
    const refused = await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'Hola a tothom' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth.consent_required', message: caConsent } });

    const { version } = (await newcomer.client.get('/api/consent').expect(200)).body;
    await newcomer.client
      .post('/api/consent', { version, accept: true, profile: { category: 'civil_society', country: 'FR' } })
      .expect(201);
    await ok(socket, 'message:send', { roomId, clientId: clientId(), body: 'Hola a tothom' });
  });
});
