import type { BrowserContext } from 'playwright-core';
import { baseUrl } from './browser';

/** The CSRF token of the context's session, which every call but a GET sends. */
export async function csrf(context: BrowserContext) {
  return (await (await context.request.get(`${baseUrl()}/api/auth/csrf`)).json()).token as string;
}

/**
 * Signs the context in as a demo account and answers a writer of the API in its name, for setting up what
 * a test reads: `write(path, body)` posts (`'put'` puts) in French and throws with the answer on a refusal.
 */
export async function signInToWrite(context: BrowserContext, email: string) {
  const login = await context.request.post(`${baseUrl()}/api/auth/login`, {
    headers: { 'X-CSRF-Token': await csrf(context) },
    data: { email, password: 'polyphony-demo' },
  });
  expect(login.status()).toBe(200);
  const headers = { 'X-CSRF-Token': await csrf(context), 'Accept-Language': 'fr' };
  return async (path: string, data: unknown, method: 'post' | 'put' = 'post') => {
    const res = await context.request[method](`${baseUrl()}${path}`, { headers, data });
    if (res.status() >= 300) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
}

type Write = Awaited<ReturnType<typeof signInToWrite>>;
type PerLanguage = Record<string, string>;

/**
 * A plan of this year's period in the four languages, with one strategic line and one action in it, saved as
 * version 1 (named `version`) and adopted: what the monitoring page and the annual summary read. Its action.
 */
export async function adoptedPlanWithAction(
  write: Write,
  plan: { slug: string; title: PerLanguage; line: PerLanguage; action: Record<string, unknown>; version: PerLanguage },
): Promise<{ id: string }> {
  const year = new Date().getUTCFullYear();
  const created = await write('/api/plans', {
    slug: plan.slug,
    title: plan.title,
    periodStart: year - 1,
    periodEnd: year + 3,
    languages: ['fr', 'es', 'ca', 'en'],
    consultationId: null,
  });
  const line = await write(`/api/plans/${created.id}/sections`, { kind: 'strategic_line', content: { title: plan.line } });
  const action = await write(`/api/plans/${created.id}/sections`, { kind: 'action', parentId: line.id, content: plan.action });
  await write(`/api/plans/${created.id}/versions`, { name: plan.version });
  await write(`/api/plans/${created.id}/status`, { status: 'adopted' });
  return action;
}
