import type { Instance, TerritorySettings } from '@polyphony/contracts';
import type { TerritoryEntity } from './territory.entity';

export function toSettings(t: TerritoryEntity): TerritorySettings {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    kind: t.kind,
    country: t.country,
    timeZone: t.timeZone,
    languages: t.languages,
    defaultLanguage: t.defaultLanguage,
    primaryColor: t.primaryColor,
    contactEmail: t.contactEmail,
    logoUrl: t.logoUpdatedAt ? `/api/instance/logo?v=${t.logoUpdatedAt.getTime()}` : null,
    municipalities: t.municipalities,
  };
}

export function toInstance(t: TerritoryEntity | null): Instance {
  if (!t) return { setupRequired: true, territory: null };
  const { municipalities: _m, ...territory } = toSettings(t);
  return { setupRequired: false, territory };
}
