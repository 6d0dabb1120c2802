import type { RoomJoinResult, RoomMessage } from '@polyphony/contracts';

// What the rooms gateway answers, for the rooms client's tests against a local socket.io server.

export const ROOM = '5a0c2f9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f';
export const ME = '6b1d3a0f-2e4c-4d6b-9f80-ab1c2d3e4f50';
export const SOMEONE_ELSE = '7c2e4b1a-3f5d-4e7c-a091-bc2d3e4f5061';

export const joined = (userId: string | null): RoomJoinResult => ({
  state: { roomId: ROOM, status: 'open', slowModeSeconds: 0, currentAgendaIndex: null },
  rev: 0,
  messages: [],
  catchUp: false,
  hasMore: false,
  hasOlder: false,
  pinned: [],
  presence: { entries: [], parts: {}, total: 0, counts: {}, guests: 0 },
  hands: [],
  muted: [],
  me: { userId, canPost: userId !== null, facilitator: false },
});

let seq = 0;
export const stored = (clientId: string, body: string): RoomMessage => ({
  id: crypto.randomUUID(),
  roomId: ROOM,
  seq: ++seq,
  rev: seq,
  clientId,
  author: { id: ME, displayName: 'Aina', category: 'resident', organisation: null },
  body,
  bodyHtml: `<p>${body}</p>`,
  language: 'fr',
  replyTo: null,
  reactions: {} as RoomMessage['reactions'],
  myReactions: [],
  pinned: false,
  keyPoint: false,
  hidden: null,
  deleted: false,
  agendaIndex: null,
  editedAt: null,
  createdAt: new Date().toISOString(),
});
