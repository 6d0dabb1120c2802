import { describe, expect, it } from 'vitest';
import { ROUTES } from '@polyphony/contracts';
import { routeUrl } from '../api-client';

describe('routeUrl', () => {
  it('fills in and encodes the path parameters, and writes the query the contract types', () => {
    expect(
      routeUrl(ROUTES.rooms.transcript, { params: { id: 'a b/c' }, query: { format: 'csv', language: 'original', separator: 'comma' } }),
    ).toBe('/api/rooms/a%20b%2Fc/transcript?format=csv&language=original&separator=comma');
    expect(
      routeUrl(ROUTES.annualSummaries.pdf, { params: { plan: 'plan-2026', year: 2026 }, query: { lang: 'ca', version: 'draft' } }),
    ).toBe('/api/summaries/plan-2026/2026/pdf?lang=ca&version=draft');
  });

  it('leaves out empty query values', () => {
    expect(routeUrl(ROUTES.proposals.export, { query: { lang: 'fr', consultationId: undefined, separator: 'semicolon' } })).toBe(
      '/api/proposals/export.csv?lang=fr&separator=semicolon',
    );
    expect(routeUrl(ROUTES.oidc.login, { query: { next: '/plans?x=1' } })).toBe('/api/auth/oidc/login?next=%2Fplans%3Fx%3D1');
  });
});
