import { request as apiRequest, type APIRequestContext, type Browser, type BrowserContext } from 'playwright-core';
import { baseUrl } from './browser';

export type Role = 'anonymous' | 'participant' | 'official';

/** The demo consultation and plan (apps/api/src/demo). */
export const DEMO_CONSULTATION = 'pla-internacionalitzacio-metropolitana';
export const DEMO_PLAN = 'plan-internationalisation-metropolitain';

/**
 * Every route of the app (apps/web/src/app/routes.ts) with the demo's ids, and the least role that has a reason
 * to open it; the one list of the layout review and its accessibility checks. Left out: the administrator's own
 * pages (/setup, /admin/settings, /admin/taxonomy, /admin/texts, /admin/audit, /admin/outbox: an official reads
 * "administrators only") and a proposal's edit page (its author's only).
 */
export async function demoRoutes(request: APIRequestContext): Promise<{ path: string; role: Role }[]> {
  const read = async (path: string, from = request) => (await (await from.get(`${baseUrl()}${path}`)).json()) as any;
  const first = async (path: string) => ((await read(path)) as { items: any[] }).items;
  const rooms = await first('/api/rooms');
  const open = rooms.find((r) => r.status === 'open') ?? rooms[0];
  const closed = rooms.find((r) => r.status === 'closed') ?? rooms[0];
  const [proposal] = await first('/api/proposals?limit=1');
  const [organisation] = await first('/api/organisations?limit=1');
  const c = `/consultations/${DEMO_CONSULTATION}`;
  const p = `/plans/${DEMO_PLAN}`;
  // Interviews and draft evaluations are staff-only: read through a session of the first admin of its own.
  const staff = await apiRequest.newContext();
  let interview: { id: string };
  let evaluation: { id: string };
  try {
    await post(staff, '/api/auth/login', ADMIN);
    const consultation = await read(`/api/consultations/${DEMO_CONSULTATION}`, staff);
    [interview] = (await read(`/api/consultations/${consultation.id}/interviews?status=held&limit=1`, staff)).items;
    [evaluation] = (await read(`/api/accountability/plans/${DEMO_PLAN}/evaluations`, staff)).items;
  } finally {
    await staff.dispose();
  }
  return [
    { path: '/', role: 'anonymous' },
    { path: '/consultations', role: 'anonymous' },
    { path: c, role: 'anonymous' },
    { path: `${c}/statements`, role: 'anonymous' },
    { path: '/organisations', role: 'anonymous' },
    { path: `/organisations/${organisation.slug}`, role: 'anonymous' },
    { path: '/rooms', role: 'anonymous' },
    { path: '/proposals', role: 'anonymous' },
    { path: `/proposals/${proposal.id}`, role: 'anonymous' },
    { path: '/plans', role: 'anonymous' },
    { path: p, role: 'anonymous' },
    { path: '/monitoring', role: 'anonymous' },
    { path: '/summaries', role: 'anonymous' },
    { path: `/summaries/${DEMO_PLAN}/2025`, role: 'anonymous' },
    { path: '/privacy', role: 'anonymous' },
    { path: '/login', role: 'anonymous' },
    { path: '/register', role: 'anonymous' },
    { path: '/forgot-password', role: 'anonymous' },
    { path: '/reset-password', role: 'anonymous' },
    { path: '/verify-email', role: 'anonymous' },
    { path: '/confirm-email', role: 'anonymous' },
    { path: '/sign-in-link', role: 'anonymous' },
    { path: '/invitation', role: 'anonymous' },
    { path: '/about', role: 'anonymous' },
    { path: '/terms', role: 'anonymous' },
    { path: '/no-such-page', role: 'anonymous' },
    { path: `${c}/questionnaire`, role: 'participant' },
    { path: `/rooms/${open.id}`, role: 'participant' },
    { path: `/rooms/${closed.id}`, role: 'participant' },
    { path: '/proposals/new', role: 'participant' },
    { path: '/my-contributions', role: 'participant' },
    { path: '/notifications', role: 'participant' },
    { path: '/profile', role: 'participant' },
    { path: '/account', role: 'participant' },
    { path: '/organisations/new', role: 'participant' },
    { path: '/moderation', role: 'official' },
    { path: '/admin/users', role: 'official' },
    { path: '/dashboard', role: 'official' },
    { path: '/consultations/new', role: 'official' },
    { path: `${c}/edit`, role: 'official' },
    { path: `${c}/dashboard`, role: 'official' },
    { path: `${c}/balance`, role: 'official' },
    { path: `${c}/synthesis`, role: 'official' },
    { path: `${c}/interviews`, role: 'official' },
    { path: `${c}/interview-guide`, role: 'official' },
    { path: `${c}/interviews/new`, role: 'official' },
    { path: `${c}/interviews/${interview.id}`, role: 'official' },
    { path: `${c}/questionnaire/results`, role: 'official' },
    { path: `${c}/questionnaire/edit`, role: 'official' },
    { path: `/rooms/${closed.id}/synthesis`, role: 'official' },
    { path: `${p}/edit`, role: 'official' },
    { path: `${p}/versions`, role: 'official' },
    { path: `${p}/suggestions`, role: 'official' },
    { path: '/monitoring/evaluations', role: 'official' },
    { path: `/monitoring/evaluations/${evaluation.id}`, role: 'official' },
    { path: '/admin/invitations', role: 'official' },
    { path: `/summaries/${DEMO_PLAN}/2026/edit`, role: 'official' },
  ];
}

const RANK: Record<Role, number> = { anonymous: 0, participant: 1, official: 2 };

/** The routes a role opens: its own and those of every lesser role. */
export const routesFor = (routes: { path: string; role: Role }[], role: Role) => routes.filter((r) => RANK[r.role] <= RANK[role]);

const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@polyphony.local', password: process.env.ADMIN_PASSWORD ?? 'e2e-admin-password' };

async function post(request: APIRequestContext, path: string, data: unknown, method: 'post' | 'put' = 'post') {
  const { token } = await (await request.get(`${baseUrl()}/api/auth/csrf`)).json();
  const response = await request[method](`${baseUrl()}${path}`, { data, headers: { 'X-CSRF-Token': token } });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/**
 * Signs a browser context in as a new account of that role (a registered participant; for an
 * official, promoted by the first admin), so that changing its language touches no demo account
 * other test files rely on.
 */
export async function signInAsNew(browser: Browser, context: BrowserContext, role: Exclude<Role, 'anonymous'>, tag: string) {
  const me = await post(context.request, '/api/auth/register', {
    email: `${tag}-${role}-${Date.now().toString(36)}@example.org`,
    password: 'a long enough passphrase',
    displayName: role === 'official' ? 'Núria Ferrer-Vilanova' : 'Aminata Diallo-Fernández',
    preferredLanguage: 'fr',
    category: role === 'official' ? 'public_institution' : 'diaspora',
    country: 'ES',
    acceptPrivacy: true,
  });
  if (role === 'official') {
    const admin = await browser.newContext();
    try {
      await post(admin.request, '/api/auth/login', ADMIN);
      await post(admin.request, `/api/users/${me.id}/role`, { role: 'official' }, 'put');
    } finally {
      await admin.close();
    }
  }
}
