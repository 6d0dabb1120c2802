import type { Invitation, InvitationState } from '@polyphony/contracts';
import type { InvitationEntity } from './invitation.entity';

export function stateOf(i: InvitationEntity, now = Date.now()): InvitationState {
  if (i.revokedAt) return 'revoked';
  if (i.acceptedAt) return 'accepted';
  if (i.expiresAt.getTime() <= now) return 'expired';
  return i.openedAt ? 'opened' : 'sent';
}

export function toInvitation(i: InvitationEntity): Invitation {
  return {
    id: i.id,
    name: i.name,
    email: i.email,
    organisation: i.organisationName,
    category: i.category,
    country: i.country,
    language: i.language,
    targetType: i.targetType,
    targetId: i.targetId,
    state: stateOf(i),
    sentAt: i.sentAt.toISOString(),
    remindedAt: i.remindedAt?.toISOString() ?? null,
    openedAt: i.openedAt?.toISOString() ?? null,
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
    expiresAt: i.expiresAt.toISOString(),
  };
}
