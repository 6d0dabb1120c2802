import { useSyncExternalStore } from 'react';
import type { SessionEndReason, SessionServerToClientEvents } from '@polyphony/contracts';
import { resetCsrfToken } from '../../app/api-client';
import { queryClient } from '../../app/query-client';
import { ME_KEY } from './useMe';

/**
 * The session ended from elsewhere (signed out in another tab, password changed, account blocked or
 * deleted, expired): every socket of the page hears `session:ended`. The page drops its signed-in
 * state at once and SessionEndedNotice says why, until the person signs in again or dismisses it.
 */
let ended: SessionEndReason | null = null;
/** Signing out here ends this page's sockets too: that is no news to tell. */
let quietUntil = 0;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

export function reportSessionEnded(reason: SessionEndReason): void {
  if (Date.now() < quietUntil) return;
  ended = reason;
  resetCsrfToken();
  queryClient.setQueryData(ME_KEY, null);
  // What was read as this person goes: unused data now, shown data read again as whoever the page is now.
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.getObserversCount() === 0 });
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  changed();
}

/** Called when this page signs out: its own sockets' `session:ended` is expected. */
export function expectSignOut(): void {
  quietUntil = Date.now() + 10_000;
}

/** Signed in again, or the notice dismissed. */
export function clearSessionEnded(): void {
  quietUntil = 0;
  if (ended === null) return;
  ended = null;
  changed();
}

/** Any socket of the page reports the end of its session. */
export function watchSession(socket: {
  on: (event: 'session:ended', listener: SessionServerToClientEvents['session:ended']) => unknown;
}): void {
  socket.on('session:ended', (payload) => reportSessionEnded(payload.reason));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useSessionEnded(): SessionEndReason | null {
  return useSyncExternalStore(subscribe, () => ended);
}
