import { ROOM_LIMITS } from '@polyphony/contracts';
import { INSERT_MESSAGE_SQL, SEND_FACTS_SQL } from '../room-messages.repository';
import { RoomsPolicy, type SendFacts } from '../rooms.policy';

const now = new Date('2026-05-04T10:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const facts = (over: Partial<SendFacts> = {}): SendFacts => ({
  status: 'open',
  slowModeSeconds: 0,
  duplicate: false,
  muted: false,
  recent: 0,
  oldestRecent: null,
  lastHere: null,
  replyOk: true,
  now,
  ...over,
});
const verdict = (over: Partial<SendFacts>, facilitator = false) => RoomsPolicy.sendVerdict(facts(over), facilitator, ROOM_LIMITS);

describe('room send rules (RoomsPolicy.sendVerdict)', () => {
  it('lets an open room take a message', () => {
    expect(verdict({})).toEqual({ verdict: 'ok' });
  });

  it('checks in order: room, retry, status, mute, flood, slow mode, reply', () => {
    const everything: Partial<SendFacts> = {
      duplicate: true,
      status: 'closed',
      muted: true,
      recent: ROOM_LIMITS.floodMessages,
      oldestRecent: ago(1),
      slowModeSeconds: 60,
      lastHere: ago(1),
      replyOk: false,
    };
    expect(verdict({ ...everything, status: null }).verdict).toBe('not_found');
    expect(verdict(everything).verdict).toBe('duplicate');
    expect(verdict({ ...everything, duplicate: false }).verdict).toBe('not_open');
    expect(verdict({ ...everything, duplicate: false, status: 'scheduled' }).verdict).toBe('not_open');
    expect(verdict({ ...everything, duplicate: false, status: 'open' }).verdict).toBe('muted');
    expect(verdict({ ...everything, duplicate: false, status: 'open', muted: false }).verdict).toBe('flood');
    expect(verdict({ ...everything, duplicate: false, status: 'open', muted: false, recent: 0 }).verdict).toBe('slow');
    expect(verdict({ ...everything, duplicate: false, status: 'open', muted: false, recent: 0, lastHere: null }).verdict).toBe('bad_reply');
  });

  it('tells the flooder how long until their oldest recent message leaves the window', () => {
    expect(verdict({ recent: ROOM_LIMITS.floodMessages - 1, oldestRecent: ago(1) })).toEqual({ verdict: 'ok' });
    expect(verdict({ recent: ROOM_LIMITS.floodMessages, oldestRecent: ago(1) })).toEqual({
      verdict: 'flood',
      seconds: ROOM_LIMITS.floodWindowSeconds - 1,
    });
  });

  it('holds slow mode for everyone but facilitators, never less than a second', () => {
    expect(verdict({ slowModeSeconds: 30, lastHere: ago(10) })).toEqual({ verdict: 'slow', seconds: 20 });
    expect(verdict({ slowModeSeconds: 30, lastHere: ago(29.9) })).toEqual({ verdict: 'slow', seconds: 1 });
    expect(verdict({ slowModeSeconds: 30, lastHere: ago(31) })).toEqual({ verdict: 'ok' });
    expect(verdict({ slowModeSeconds: 30, lastHere: ago(10) }, true)).toEqual({ verdict: 'ok' });
    // The flood limit holds for facilitators too.
    expect(verdict({ recent: ROOM_LIMITS.floodMessages, oldestRecent: ago(1) }, true).verdict).toBe('flood');
  });
});

/** The send path's two statements, as a reviewer should see any change to them (update with `-u` on purpose). */
describe('room send SQL', () => {
  it('reads the facts the rules need', () => {
    expect(SEND_FACTS_SQL).toMatchSnapshot();
  });

  it('stores the message, its contribution and the balance in one statement', () => {
    expect(INSERT_MESSAGE_SQL).toMatchSnapshot();
  });
});
