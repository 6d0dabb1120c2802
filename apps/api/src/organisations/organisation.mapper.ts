import type { Membership, Organisation } from '@polyphony/contracts';
import type { MembershipEntity } from './membership.entity';
import type { OrganisationEntity } from './organisation.entity';

export function toOrganisation(org: OrganisationEntity, memberCount: number, mine: MembershipEntity | null): Organisation {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    category: org.category,
    country: org.country,
    city: org.city,
    website: org.website,
    description: org.description,
    descriptionLanguage: org.descriptionLanguage,
    memberCount,
    createdAt: org.createdAt.toISOString(),
    myMembership: mine ? { role: mine.role, status: mine.status, canActFor: mine.status === 'active' } : null,
  };
}

export function toMembership(m: MembershipEntity, withMessage: boolean): Membership {
  return {
    userId: m.userId,
    displayName: m.user?.displayName ?? '',
    role: m.role,
    status: m.status,
    message: withMessage ? m.message : null,
    createdAt: m.createdAt.toISOString(),
    decidedAt: m.decidedAt?.toISOString() ?? null,
  };
}
