import type { RoomAccess, RoomStatus, StakeholderCategory } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

type Viewer = Pick<UserEntity, 'role' | 'category'> | undefined;

export interface RoomAccessRules {
  access: RoomAccess;
  invitedCategories: StakeholderCategory[];
  invitedOrganisationIds: string[];
}

/** Status changes: a room opens once and closes for good (its messages stay as a read-only archive). */
export const ROOM_TRANSITIONS: Record<RoomStatus, RoomStatus[]> = {
  scheduled: ['open', 'closed'],
  open: ['closed'],
  closed: [],
};

/** What the send rules decide on, read in the author's lock (RoomMessagesRepository.sendFacts). */
export interface SendFacts {
  /** null: no such room. */
  status: RoomStatus | null;
  slowModeSeconds: number;
  /** The author already stored a message with this client id (a retry). */
  duplicate: boolean;
  muted: boolean;
  /** The author's messages (in any room) within the flood window, and the oldest of them. */
  recent: number;
  oldestRecent: Date | null;
  /** The author's last message in this room (slow mode). */
  lastHere: Date | null;
  /** No reply, or a reply to a message of this room. */
  replyOk: boolean;
  /** The database's clock, which stamped the messages. */
  now: Date;
}

export type SendVerdict =
  | { verdict: 'ok' }
  | { verdict: 'not_found' | 'duplicate' | 'not_open' | 'muted' | 'bad_reply' }
  /** Refused for `seconds` more: the flood limit (every author) or slow mode (not facilitators). */
  | { verdict: 'flood' | 'slow'; seconds: number };

const secondsUntil = (from: Date, seconds: number, now: Date) =>
  Math.max(1, Math.ceil((from.getTime() + seconds * 1000 - now.getTime()) / 1000));

/** Who may do what in discussion rooms; `facilitator` means the consultation's facilitators. */
export const RoomsPolicy = {
  canCreate: (user: Viewer) => isStaff(user),
  canEdit: (user: Viewer) => isStaff(user),
  /** Facilitation (pin, hide, slow mode, mute, agenda, key points, open and close): facilitators and staff. */
  canFacilitate: (user: Viewer, isFacilitator: boolean) => Boolean(user) && (isStaff(user) || isFacilitator),
  /**
   * Entering (reading the history, receiving the live messages): staff and facilitators always;
   * otherwise as the room says: anyone, any signed-in person, or invited categories and organisations.
   */
  canEnter: (
    user: Viewer,
    rules: RoomAccessRules,
    isFacilitator: boolean,
    organisationIds: readonly string[],
    /** The person accepted an invitation to this very room (issue 14). */
    invited = false,
  ) => {
    if (isStaff(user) || isFacilitator) return true;
    if (rules.access === 'public') return true;
    if (!user) return false;
    if (rules.access === 'signed_in' || invited) return true;
    return rules.invitedCategories.includes(user.category) || organisationIds.some((id) => rules.invitedOrganisationIds.includes(id));
  },
  /** Posting needs an account, the right to enter and an open room. */
  canPost: (user: Viewer, canEnter: boolean, status: RoomStatus) => Boolean(user) && canEnter && status === 'open',
  /** Transcripts carry names: officials only (like every export with personal data). */
  canExport: (user: Viewer) => isStaff(user),
  canTransition: (from: RoomStatus, to: RoomStatus) => ROOM_TRANSITIONS[from].includes(to),
  /**
   * The send rules, in order: the room exists; a retry answers the stored message; the room is open;
   * a muted person does not speak; nobody sends more than `limits.floodMessages` in `limits.floodWindowSeconds`
   * (all rooms together); slow mode leaves `slowModeSeconds` between one's messages in a room (facilitators exempt);
   * a reply answers a message of the same room.
   */
  sendVerdict: (facts: SendFacts, facilitator: boolean, limits: { floodMessages: number; floodWindowSeconds: number }): SendVerdict => {
    if (facts.status === null) return { verdict: 'not_found' };
    if (facts.duplicate) return { verdict: 'duplicate' };
    if (facts.status !== 'open') return { verdict: 'not_open' };
    if (facts.muted) return { verdict: 'muted' };
    if (facts.recent >= limits.floodMessages)
      return { verdict: 'flood', seconds: secondsUntil(facts.oldestRecent ?? facts.now, limits.floodWindowSeconds, facts.now) };
    const slow = facts.slowModeSeconds;
    if (!facilitator && slow > 0 && facts.lastHere && facts.lastHere.getTime() > facts.now.getTime() - slow * 1000)
      return { verdict: 'slow', seconds: secondsUntil(facts.lastHere, slow, facts.now) };
    if (!facts.replyOk) return { verdict: 'bad_reply' };
    return { verdict: 'ok' };
  },
  /** Own messages can be edited or deleted for a few minutes. */
  withinEditWindow: (createdAt: Date, windowSeconds: number, now = Date.now()) => now - createdAt.getTime() <= windowSeconds * 1000,
};
