import type { ApiClient } from '../../../test-support/api-client';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import type { TestApp } from '../../../test-support/test-app';

export const proposalRequest = (overrides: Record<string, unknown> = {}) => ({
  title: 'Réseau de coopération avec Dakar pour la gestion des déchets',
  body: 'Les associations de la diaspora sénégalaise proposent un **programme d’échange** entre techniciens.',
  expectedResults: 'Deux missions techniques par an.',
  strategicLine: 'international_cooperation',
  regions: ['africa'],
  partners: ['Dakar'],
  sdgTargets: ['11.6', '17.17'],
  agendas: ['new_urban_agenda'],
  ...overrides,
});

export type Person = Awaited<ReturnType<typeof signUp>>;

/** A draft by `author`; optionally submitted. */
export async function draft(author: ApiClient, overrides: Record<string, unknown> = {}) {
  return (await author.post('/api/proposals', proposalRequest(overrides)).expect(201)).body;
}

export async function submitted(author: ApiClient, overrides: Record<string, unknown> = {}) {
  const p = await draft(author, overrides);
  return (await author.post(`/api/proposals/${p.id}/submit`).expect(200)).body;
}

/** The cast of most tests: an author, a co-author, a resident, an official, an admin. */
export async function cast(t: TestApp) {
  const [author, coauthor, resident, official, admin] = await Promise.all([
    signUp(t, { category: 'civil_society', displayName: 'Jordi Martí' }),
    signUp(t, { category: 'diaspora', displayName: 'Aminata Diop' }),
    signUp(t, { category: 'resident' }),
    signUpAs(t, 'official'),
    signUpAs(t, 'admin'),
  ]);
  return { author, coauthor, resident, official, admin };
}
