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
  /** Own messages can be edited or deleted for a few minutes. */
  withinEditWindow: (createdAt: Date, windowSeconds: number, now = Date.now()) => now - createdAt.getTime() <= windowSeconds * 1000,
};
