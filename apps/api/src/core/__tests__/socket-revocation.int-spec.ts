import { io } from 'socket.io-client';
import type { SessionServerToClientEvents } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp } from '../../../test-support/fixtures';
import type { ApiClient } from '../../../test-support/api-client';
import { SessionsService } from '../../auth/sessions.service';
import { call, clientId, closeSockets, connect, ok, openRoom, person, port, type RoomClient } from '../../rooms/__tests__/room-test-kit';

type Ended = Parameters<SessionServerToClientEvents['session:ended']>[0];

const cookieOf = (client: ApiClient) =>
  (client.agent as unknown as { jar: { getCookies: (o: object) => { toValueString(): string }[] } }).jar
    .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
    .map((c) => c.toValueString())
    .join('; ');

/**
 * Resolves with the `session:ended` payload once the server has also disconnected the socket; call
 * `within(ms)` once the request that ended the session has answered: the socket must be ended by then.
 */
function ended(socket: RoomClient) {
  let payload: Ended | undefined;
  (socket as unknown as { once: (e: string, f: (p: Ended) => void) => void }).once('session:ended', (p) => (payload = p));
  const done = new Promise<Ended>((resolve, reject) =>
    socket.once('disconnect', (reason) => {
      if (!payload) return reject(new Error(`disconnected (${reason}) without session:ended`));
      expect(reason).toBe('io server disconnect');
      resolve(payload);
    }),
  );
  return {
    within: (ms = 1000) =>
      Promise.race([done, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`socket not ended within ${ms} ms`)), ms))]),
  };
}

/**
 * An open socket loses, within a second and with the reason, what its session or rights lose:
 * sign-out, password change, blocking (through SessionsService.endSessionsOf), a room's
 * invitation narrowed, a role taken away. Before, the probe's socket still answered whoami,
 * read the history and posted.
 */
describe('sockets lose what their session or rights lose', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SOCKETS_PER_USER: '3' });
  });
  afterEach(() => closeSockets());
  afterAll(() => t.close());

  it('sign-out ends the sockets of that session, saying so in their language', async () => {
    const { client } = await signUp(t);
    const socket = await connect(t, { cookie: cookieOf(client) } as never, 'es');
    expect((await socket.timeout(2000).emitWithAck('session:whoami')) as unknown).toMatchObject({
      user: { displayName: 'Laia Ferrer' },
    });
    const end = ended(socket);
    await client.post('/api/auth/logout').expect(204);
    expect(await end.within()).toMatchObject({ reason: 'logout', error: { code: 'session.logout', message: 'Has cerrado la sesión.' } });
  });

  it('a password change ends the other sessions’ sockets and keeps the one that changed it', async () => {
    const me = await signUp(t);
    const other = await t.client();
    await other.post('/api/auth/login', { email: me.email, password: PASSWORD }).expect(200);
    const mine = await connect(t, { cookie: cookieOf(me.client) } as never);
    const theirs = await connect(t, { cookie: cookieOf(other) } as never, 'en');
    const end = ended(theirs);
    await me.client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'another-horse-battery' }).expect(204);
    expect(await end.within()).toMatchObject({
      reason: 'password_changed',
      error: { message: 'Your password was changed: please sign in again.' },
    });
    expect(await mine.timeout(2000).emitWithAck('session:whoami')).toMatchObject({ user: { id: me.id } });
  });

  it('deleting one’s account ends the sockets of every session of the person, saying why', async () => {
    const me = await signUp(t);
    const other = await t.client();
    await other.post('/api/auth/login', { email: me.email, password: PASSWORD }).expect(200);
    const sockets = [
      await connect(t, { cookie: cookieOf(me.client) } as never, 'en'),
      await connect(t, { cookie: cookieOf(other) } as never, 'ca'),
    ];
    const ends = sockets.map((s) => ended(s));
    await me.client.delete('/api/me', { password: PASSWORD }).expect(204);
    const [mine, theirs] = await Promise.all(ends.map((e) => e.within()));
    expect(mine).toMatchObject({ reason: 'account_deleted', error: { code: 'session.account_deleted' } });
    expect(theirs).toMatchObject({ reason: 'account_deleted' });
    await other.get('/api/me').expect(401);
  });

  it('endSessionsOf (for blocking) deletes every session and ends every socket of the person', async () => {
    const p = await person(t);
    const sockets = [await connect(t, p), await connect(t, p)];
    const ends = sockets.map((s) => ended(s));
    await t.app.get(SessionsService).endSessionsOf(p.id, 'blocked');
    for (const e of await Promise.all(ends.map((e) => e.within())))
      expect(e).toMatchObject({ reason: 'blocked', error: { code: 'session.blocked' } });
    await p.client.get('/api/me').expect(401);
  });

  it('an admin blocking a person ends their open sockets once the block is committed', async () => {
    const admin = await person(t, 'admin', 'official');
    const p = await person(t);
    const socket = await connect(t, p, 'ca');
    const end = ended(socket);
    await admin.client.post(`/api/users/${p.id}/block`, { reason: 'Spam répété' }).expect(201);
    expect(await end.within()).toMatchObject({ reason: 'blocked', error: { message: 'El teu compte ha estat suspès.' } });
    await expect(connect(t, p)).resolves.toBeTruthy();
    expect(await (await connect(t, p)).timeout(2000).emitWithAck('session:whoami')).toEqual({ user: null });
  });

  it('narrowing a room’s invitation takes the room away from open sockets: no more history, no more posting', async () => {
    const official = await person(t, 'official', 'official');
    const diaspora = await person(t, 'participant', 'diaspora');
    const { roomId } = await openRoom(t, official, null, { access: 'invited', invitedCategories: ['diaspora'] });
    const socket = await connect(t, diaspora);
    await ok(socket, 'room:join', { roomId });
    await ok(socket, 'message:send', { roomId, clientId: clientId(), body: 'Encore là' });
    const removed = new Promise((resolve) =>
      (socket as unknown as { once: (e: string, f: (p: unknown) => void) => void }).once('room:access_removed', resolve),
    );
    await official.client.patch(`/api/rooms/${roomId}`, { access: 'invited', invitedCategories: ['resident'] }).expect(200);
    expect(await removed).toMatchObject({ roomId, error: { code: 'rooms.access_removed', message: 'Vous n’avez plus accès à ce salon.' } });
    expect(await call(socket, 'room:history', { roomId, beforeSeq: 100 })).toMatchObject({
      ok: false,
      error: { code: 'rooms.access_removed' },
    });
    expect(await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'Plus le droit' })).toMatchObject({ ok: false });
    const bodies: { body: string }[] = await t.db.query(`SELECT body FROM room_messages WHERE room_id = $1`, [roomId]);
    expect(bodies.map((b) => b.body)).toEqual(['Encore là']);
    expect(await call(socket, 'room:join', { roomId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('taking a role away takes away the rooms it opened, and whoami shows the new role', async () => {
    const admin = await person(t, 'admin', 'official');
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, admin, null, { access: 'invited', invitedCategories: ['diaspora'] });
    const socket = await connect(t, official);
    await ok(socket, 'room:join', { roomId });
    const removed = new Promise((resolve) =>
      (socket as unknown as { once: (e: string, f: (p: unknown) => void) => void }).once('room:access_removed', resolve),
    );
    await admin.client.put(`/api/users/${official.id}/role`, { role: 'participant' }).expect(200);
    expect(await removed).toMatchObject({ roomId });
    expect(await socket.timeout(2000).emitWithAck('session:whoami')).toMatchObject({ user: { role: 'participant' } });
  });

  /** Resolves with `room:access_removed` within `ms` of being asked (after the request that took the right away answered). */
  const accessRemoved = (socket: RoomClient) => {
    const got = new Promise((resolve) =>
      (socket as unknown as { once: (e: string, f: (p: unknown) => void) => void }).once('room:access_removed', resolve),
    );
    return {
      within: (ms = 1000) =>
        Promise.race([
          got,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`access not removed within ${ms} ms`)), ms)),
        ]),
    };
  };

  it('changing one’s own category takes away the rooms invited by the old one', async () => {
    const official = await person(t, 'official', 'official');
    const diaspora = await person(t, 'participant', 'diaspora');
    const { roomId } = await openRoom(t, official, null, { access: 'invited', invitedCategories: ['diaspora'] });
    const socket = await connect(t, diaspora);
    await ok(socket, 'room:join', { roomId });
    const removed = accessRemoved(socket);
    await diaspora.client.patch('/api/me', { category: 'resident' }).expect(200);
    expect(await removed.within()).toMatchObject({ roomId, error: { code: 'rooms.access_removed' } });
    expect(await call(socket, 'message:send', { roomId, clientId: clientId(), body: 'Plus invitée' })).toMatchObject({ ok: false });
  });

  it('leaving, or being removed from, an invited organisation takes its rooms away', async () => {
    const official = await person(t, 'official', 'official');
    const founder = await person(t, 'participant', 'civil_society');
    const org = (
      await founder.client
        .post('/api/organisations', { name: `Casal ${clientId().slice(0, 6)}`, category: 'civil_society', country: 'ES' })
        .expect(201)
    ).body;
    const { roomId } = await openRoom(t, official, null, { access: 'invited', invitedOrganisationIds: [org.id] });
    for (const how of ['removed', 'left'] as const) {
      const member = await person(t, 'participant', 'resident');
      await member.client.post(`/api/organisations/${org.id}/join`, {}).expect(201);
      await founder.client.post(`/api/organisations/${org.id}/members/${member.id}/decision`, { decision: 'accept' }).expect(200);
      const socket = await connect(t, member);
      await ok(socket, 'room:join', { roomId });
      const removed = accessRemoved(socket);
      const by = how === 'removed' ? founder : member;
      await by.client.delete(`/api/organisations/${org.id}/members/${member.id}`).expect(204);
      expect(await removed.within()).toMatchObject({ roomId });
      expect(await call(socket, 'room:history', { roomId, beforeSeq: 100 })).toMatchObject({
        ok: false,
        error: { code: 'rooms.access_removed' },
      });
    }
  });

  it('a facilitator taken off the consultation loses the invited room they entered as facilitator', async () => {
    const official = await person(t, 'official', 'official');
    const facilitator = await person(t, 'participant', 'academia');
    const { roomId, consultationId } = await openRoom(t, official, facilitator, { access: 'invited', invitedCategories: ['diaspora'] });
    const socket = await connect(t, facilitator);
    await ok(socket, 'room:join', { roomId });
    const removed = accessRemoved(socket);
    await official.client.put(`/api/consultations/${consultationId}/facilitators`, { userIds: [] }).expect(200);
    expect(await removed.within()).toMatchObject({ roomId });
  });

  it('limits open sockets per person, and frees the place when one closes', async () => {
    const p = await person(t);
    const sockets = [await connect(t, p), await connect(t, p), await connect(t, p)];
    const refused = await connect(t, p).then(
      () => null,
      (error: Error & { data?: { code: string } }) => error,
    );
    expect(refused?.data).toMatchObject({ code: 'too_many_connections', message: expect.stringContaining('Trop de connexions') });
    sockets[0].disconnect();
    await new Promise((r) => setTimeout(r, 200));
    await expect(connect(t, p)).resolves.toBeTruthy();
    // Anonymous sockets are not counted per person.
    const anonymous = io(`http://127.0.0.1:${port(t)}`, { path: '/api/socket.io', transports: ['websocket'], reconnection: false });
    await new Promise((r) => anonymous.once('connect', () => r(null)));
    anonymous.disconnect();
  });
});
