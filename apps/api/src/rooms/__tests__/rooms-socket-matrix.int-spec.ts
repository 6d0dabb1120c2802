import { ROOM_CLIENT_EVENTS, type RoomClientEvent } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { call, clientId, closeSockets, connect, ok, openRoom, person, type Person, type RoomClient } from './room-test-kit';

type Role = 'anonymous' | 'outsider' | 'invited' | 'facilitator' | 'official' | 'admin';
const ROLES: Role[] = ['anonymous', 'outsider', 'invited', 'facilitator', 'official', 'admin'];
const DENIALS = new Set(['unauthenticated', 'forbidden', 'rooms.not_joined']);

/**
 * Every socket event, every role, allowed and denied, in a room open to invited categories
 * (diaspora). "Allowed" means the authorisation let the event through: it answered ok, or failed
 * for another reason (no next agenda item, someone else's message to edit...).
 */
const EXPECTED: Record<RoomClientEvent, Role[]> = {
  'room:join': ['invited', 'facilitator', 'official', 'admin'],
  'room:leave': ROLES,
  'room:history': ['invited', 'facilitator', 'official', 'admin'],
  'room:catch_up': ['invited', 'facilitator', 'official', 'admin'],
  'message:send': ['invited', 'facilitator', 'official', 'admin'],
  'message:edit': [],
  'message:delete': [],
  'message:react': ['invited', 'facilitator', 'official', 'admin'],
  'hand:raise': ['invited', 'facilitator', 'official', 'admin'],
  'hand:lower': ['facilitator', 'official', 'admin'],
  'message:pin': ['facilitator', 'official', 'admin'],
  'message:hide': ['facilitator', 'official', 'admin'],
  'message:key_point': ['facilitator', 'official', 'admin'],
  'room:slow_mode': ['facilitator', 'official', 'admin'],
  'room:next_item': ['facilitator', 'official', 'admin'],
  'participant:mute': ['facilitator', 'official', 'admin'],
};

describe('rooms: socket events × roles', () => {
  let t: TestApp;
  afterAll(async () => {
    closeSockets();
    await t?.close();
  });

  it('allows and denies every event as the policy says', async () => {
    t = await startTestApp();
    const admin = await person(t, 'admin', 'official');
    const facilitator = await person(t, 'participant', 'resident', 'Facilitatrice');
    const { roomId } = await openRoom(t, admin, facilitator, { access: 'invited', invitedCategories: ['diaspora'] });
    const author = await person(t, 'participant', 'diaspora', 'Autrice');
    const authorSocket = await connect(t, author);
    await ok(authorSocket, 'room:join', { roomId });
    const messageId = (await ok(authorSocket, 'message:send', { roomId, clientId: clientId(), body: 'Un message à discuter' })).message.id;

    const people: Record<Role, Person | null> = {
      anonymous: null,
      outsider: await person(t, 'participant', 'resident', 'Hors invitation'),
      invited: await person(t, 'participant', 'diaspora', 'Invitée'),
      facilitator,
      official: await person(t, 'official', 'official'),
      admin,
    };
    const payloads: Record<RoomClientEvent, object> = {
      'room:join': { roomId },
      'room:leave': { roomId },
      'room:history': { roomId, beforeSeq: 100 },
      'room:catch_up': { roomId, afterRev: 0 },
      'message:send': { roomId, clientId: clientId(), body: 'Ma contribution' },
      'message:edit': { roomId, messageId, body: 'Réécrit par un autre' },
      'message:delete': { roomId, messageId },
      'message:react': { roomId, messageId, kind: 'agree', on: true },
      'hand:raise': { roomId },
      'hand:lower': { roomId, userId: author.id },
      'message:pin': { roomId, messageId, pinned: true },
      'message:hide': { roomId, messageId, reason: 'Hors sujet' },
      'message:key_point': { roomId, messageId, keyPoint: true },
      'room:slow_mode': { roomId, seconds: 0 },
      'room:next_item': { roomId },
      'participant:mute': { roomId, userId: author.id, muted: false },
    };
    const events = (Object.keys(ROOM_CLIENT_EVENTS) as RoomClientEvent[]).filter((e) => e !== 'room:leave');
    expect(new Set(Object.keys(EXPECTED))).toEqual(new Set(Object.keys(ROOM_CLIENT_EVENTS)));

    const seen: Record<string, Role[]> = {};
    for (const role of ROLES) {
      const socket: RoomClient = await connect(t, people[role]);
      for (const event of events) {
        const payload = event === 'message:send' ? { ...payloads[event], clientId: clientId() } : payloads[event];
        const answer = (await call(socket, event as never, payload as never)) as { ok: boolean; error?: { code: string } };
        if (answer.ok || !DENIALS.has(answer.error!.code)) (seen[event] ??= []).push(role);
      }
      const left = (await call(socket, 'room:leave', { roomId })) as { ok: boolean };
      if (left.ok) (seen['room:leave'] ??= []).push(role);
      const whoami = (await socket.timeout(2000).emitWithAck('session:whoami' as never)) as { user: { id: string } | null };
      expect(whoami.user?.id ?? null).toBe(people[role]?.id ?? null);
      socket.disconnect();
    }
    const matrix = Object.fromEntries((Object.keys(EXPECTED) as RoomClientEvent[]).map((e) => [e, seen[e] ?? []]));
    expect(matrix).toEqual(EXPECTED);
  }, 120_000);
});
