import type { ApiClient } from '../../../test-support/api-client';

const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

/** A consultation request in French and Spanish, in its consultation phase (for other features' tests). */
export const consultationRequest = (overrides: Record<string, unknown> = {}) => ({
  title: { fr: 'Plan d’internationalisation métropolitain', es: 'Plan de internacionalización metropolitano' },
  summary: { fr: 'Donnez votre avis sur les fonds européens.', es: 'Opina sobre los fondos europeos.' },
  languages: ['fr', 'es'],
  phases: [{ kind: 'consultation', startsOn: day(-10), endsOn: day(30) }],
  quotas: { academia: 15, diaspora: 10, resident: 40 },
  ...overrides,
});

/** Creates and publishes a consultation as an official. */
export async function publishedConsultation(
  official: ApiClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  const created = (await official.post('/api/consultations', consultationRequest(overrides)).expect(201)).body;
  await official.post(`/api/consultations/${created.id}/status`, { status: 'published' }).expect(200);
  return created;
}
