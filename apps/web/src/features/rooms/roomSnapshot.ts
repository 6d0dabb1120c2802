import type { HandEntry, Presence, RoomJoinResult, RoomLiveState, RoomMessage } from '@polyphony/contracts';
import type { OutboxItem } from './roomOutbox';

/** What a room page shows, as the rooms client keeps it. */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface RoomSnapshot {
  status: ConnectionStatus;
  joined: boolean;
  joinError: string | null;
  state: RoomLiveState | null;
  messages: RoomMessage[];
  hasOlder: boolean;
  loadingOlder: boolean;
  pinned: RoomMessage[];
  presence: Presence;
  hands: HandEntry[];
  muted: string[];
  me: RoomJoinResult['me'] | null;
  /** The reader language and whether machine translation is on (null until joined). */
  translation: NonNullable<RoomJoinResult['translation']> | null;
  outbox: OutboxItem[];
  /**
   * The server took the room away from this page: the session ended (signed out elsewhere, blocked...)
   * or the person may no longer be in this room. The connection is closed for good.
   */
  ended: 'session' | 'access' | null;
}
