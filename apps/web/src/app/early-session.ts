/**
 * The session check, started by main.tsx before the app's code has loaded, so that neither waits
 * for the other. useMe takes the answer once; later checks go through the API client.
 */
let early: Promise<Response | null> | null = null;

export function startSessionCheck(): void {
  early = fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'include' }).catch(() => null);
}

/** The early answer, once (null when there is none: the caller asks the API itself). */
export function takeSessionCheck(): Promise<Response | null> | null {
  const answer = early;
  early = null;
  return answer;
}
