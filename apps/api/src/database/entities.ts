import { UserEntity } from '../users/user.entity';
import { SessionEntity } from '../auth/session.entity';
import { RateLimitHitEntity } from '../auth/rate-limit-hit.entity';
import { SocketLeaseEntity } from '../core/realtime/socket-lease.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { TerritoryEntity } from '../territory/territory.entity';
import { CONSULTATION_ENTITIES } from '../consultations/consultations.entities';
import { ContributionEntity } from '../contributions/contribution.entity';
import { ParticipantEntity } from '../contributions/participant.entity';
import { ParticipationEntity } from '../contributions/participation.entity';
import { INTERVIEW_ENTITIES } from '../interviews/interviews.entities';
import { ROOM_ENTITIES } from '../rooms/rooms.entities';
import { QUESTIONNAIRE_ENTITIES } from '../questionnaires/questionnaires.entities';
import { SYNTHESIS_ENTITIES } from '../synthesis/synthesis.entities';
import { PROPOSAL_ENTITIES } from '../proposals/proposals.entities';
import { PLAN_ENTITIES } from '../plan/plan.entities';
import { NOTIFICATION_ENTITIES } from '../notifications/notifications.entities';
import { MODERATION_ENTITIES } from '../moderation/moderation.entities';
import { ACCOUNTABILITY_ENTITIES } from '../accountability/accountability.entities';
import { ANNUAL_SUMMARY_ENTITIES } from '../annual-summaries/annual-summaries.entities';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { AccountSettingsEntity } from '../auth/account-settings.entity';
import { OutboxMailEntity } from '../notifications/outbox-mail.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { TRANSLATION_ENTITIES } from '../translation/translation.entities';

import { TaxonomyEntryEntity } from '../taxonomy/taxonomy-entry.entity';
import { PublicTextEntity } from '../public-texts/public-text.entity';
import { discoverEntityGroups } from '../core/features/discovery';

type EntityClass = new (...args: any[]) => object;

/**
 * Entities by feature. Each feature registers its group here; `npm run migration:generate -- <Name> <group...>`
 * diffs only the foundation plus the named groups, so features built side by side never
 * capture each other's tables in their migrations.
 */
export const ENTITY_GROUPS: Record<string, EntityClass[]> = {
  foundation: [UserEntity, SessionEntity, RateLimitHitEntity, OrganisationEntity, MembershipEntity, TerritoryEntity, SocketLeaseEntity],
  consultations: [...CONSULTATION_ENTITIES, ContributionEntity],
  participation: [ParticipantEntity, ParticipationEntity],
  interviews: INTERVIEW_ENTITIES,
  rooms: ROOM_ENTITIES,
  questionnaires: QUESTIONNAIRE_ENTITIES,
  synthesis: SYNTHESIS_ENTITIES,
  notifications: NOTIFICATION_ENTITIES,
  moderation: MODERATION_ENTITIES,
  proposals: PROPOSAL_ENTITIES,
  plan: PLAN_ENTITIES,
  accountability: ACCOUNTABILITY_ENTITIES,
  summaries: ANNUAL_SUMMARY_ENTITIES,
  accounts: [AccountTokenEntity, AccountSettingsEntity, OutboxMailEntity, AuditEntryEntity, InvitationEntity],
  translation: TRANSLATION_ENTITIES,
  settings: [TaxonomyEntryEntity, PublicTextEntity],
  // Features that declare an ENTITY_GROUP in their <feature>.entities.ts (the generator's) need no line here.
  ...Object.fromEntries(discoverEntityGroups().map((group) => [group.name, group.entities])),
};

/** Every entity, for the app and the tests. */
export const ENTITIES = Object.values(ENTITY_GROUPS).flat();

export function entitiesFor(groups: string[]): EntityClass[] {
  if (!groups.length) return ENTITIES;
  const unknown = groups.filter((g) => !ENTITY_GROUPS[g]);
  if (unknown.length) throw new Error(`Unknown entity group(s): ${unknown.join(', ')}; known: ${Object.keys(ENTITY_GROUPS).join(', ')}`);
  return [...ENTITY_GROUPS.foundation, ...groups.filter((g) => g !== 'foundation').flatMap((g) => ENTITY_GROUPS[g])];
}
