import type { Me, UserSummary } from '@polyphony/contracts';
import type { UserEntity } from './user.entity';

export function toMe(user: UserEntity): Me {
  return {
    id: user.id,
    email: user.email ?? '',
    displayName: user.displayName,
    preferredLanguage: user.preferredLanguage,
    category: user.category,
    country: user.country,
    originTerritory: user.originTerritory,
    role: user.role,
    emailVerified: Boolean(user.emailVerifiedAt),
    createdAt: user.createdAt.toISOString(),
  };
}

export function toUserSummary(user: UserEntity, withEmail: boolean): UserSummary {
  return {
    id: user.id,
    displayName: user.displayName,
    category: user.category,
    country: user.country,
    role: user.role,
    emailVerified: Boolean(user.emailVerifiedAt),
    createdAt: user.createdAt.toISOString(),
    ...(withEmail && user.email ? { email: user.email } : {}),
    ...(withEmail ? { blockedAt: user.blockedAt?.toISOString() ?? null, blockedReason: user.blockedReason } : {}),
  };
}
