/** A message typed by the user and not yet acknowledged by the server (kept across reloads). */
export interface OutboxItem {
  clientId: string;
  body: string;
  replyToId?: string;
  createdAt: string;
  /** Who typed it: only they may send it (a shared browser's next user never sends someone else's words). */
  authorId: string | null;
  /** Why the server refused it (translated); the user may retry or discard it. */
  error?: string;
}

const outboxKey = (roomId: string) => `polyphony.rooms.outbox.${roomId}`;

function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new item with its own client id: the server stores it once however many times it is sent. */
export function outboxItem(body: string, replyToId: string | undefined, authorId: string | null): OutboxItem {
  return { clientId: newClientId(), body, replyToId, createdAt: new Date().toISOString(), authorId };
}

/** What this browser kept for the room (nothing if unreadable). */
export function readOutbox(roomId: string): OutboxItem[] {
  try {
    const raw = window.localStorage.getItem(outboxKey(roomId));
    return raw ? (JSON.parse(raw) as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

export function saveOutbox(roomId: string, outbox: OutboxItem[]): void {
  try {
    window.localStorage.setItem(outboxKey(roomId), JSON.stringify(outbox));
  } catch {
    /* private mode: the outbox lasts for this page only */
  }
}
