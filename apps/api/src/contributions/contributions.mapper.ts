import type { Contribution } from '@polyphony/contracts';
import type { ContributionEntity } from './contribution.entity';

/** A contribution as the API answers it; the author's name only `withPersonalData` (organisations and labels always). */
export function toContribution(c: ContributionEntity, withPersonalData: boolean): Contribution {
  return {
    id: c.id,
    consultationId: c.consultationId,
    source: c.source,
    sourceRef: c.sourceRef,
    text: c.text,
    language: c.language,
    category: c.category,
    country: c.country,
    author: c.authorOrganisation?.name ?? c.authorLabel ?? (withPersonalData ? (c.authorUser?.displayName ?? null) : null),
    authorOrganisationId: c.authorOrganisationId,
    keyPoint: c.keyPoint,
    createdAt: c.createdAt.toISOString(),
  };
}
