import { PRESENCE_LIST_LIMIT, type PresenceDelta, type PresenceEntry } from '@polyphony/contracts';
import { RoomPresence } from '../room-presence';
import type { RoomsBroadcaster } from '../rooms.broadcaster';

/** Collects what RoomPresence broadcasts (the real broadcaster needs a socket.io server). */
function recorder() {
  const sent: PresenceDelta[] = [];
  const broadcaster = { emit: (_room: string, _event: string, delta: PresenceDelta) => sent.push(delta) } as unknown as RoomsBroadcaster;
  return { sent, broadcaster };
}

const person = (i: number, category: PresenceEntry['category'] = 'resident', facilitator = false): PresenceEntry => ({
  userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  displayName: `Person ${i}`,
  category,
  organisation: null,
  facilitator,
});

describe('room presence', () => {
  let presence: RoomPresence;
  afterEach(() => presence.stop());

  it('counts everyone but lists at most the limit: facilitators first, then the latest arrivals', async () => {
    const { broadcaster } = recorder();
    presence = new RoomPresence(() => undefined, broadcaster, false);
    presence.joined('room', person(0, 'civil_society', true));
    for (let i = 1; i <= 250; i++) presence.joined('room', person(i, i % 5 === 0 ? 'academia' : 'resident'));
    presence.joined('room', null);

    const snapshot = await presence.snapshot('room');
    expect(snapshot.total).toBe(251);
    expect(snapshot.counts).toEqual({ civil_society: 1, academia: 50, resident: 200 });
    expect(snapshot.guests).toBe(1);
    expect(snapshot.entries).toHaveLength(PRESENCE_LIST_LIMIT);
    expect(snapshot.entries[0].facilitator).toBe(true);
    expect(snapshot.entries.at(-1)!.displayName).toBe('Person 250');
    expect(snapshot.entries[1].displayName).toBe(`Person ${250 - PRESENCE_LIST_LIMIT + 2}`);
  });

  it('deltas carry the part as absolute numbers, so one overlapping the snapshot counts nobody twice', async () => {
    const { sent, broadcaster } = recorder();
    presence = new RoomPresence(() => undefined, broadcaster, false);
    presence.joined('room', person(1));
    presence.joined('room', person(2, 'diaspora'));
    const snapshot = await presence.snapshot('room');
    presence.flush(); // the delta of the same window as the snapshot
    presence.joined('room', person(2, 'diaspora')); // a second tab: still one person
    await presence.left('room', person(1).userId);
    presence.flush();

    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ part: Object.keys(snapshot.parts)[0], counts: snapshot.counts, guests: 0 });
    expect(sent[1]).toMatchObject({ counts: { diaspora: 1 }, left: [person(1).userId], guests: 0 });
  });
});
