import {
  LANGUAGES,
  readableUnderWhiteText,
  type Language,
  type TerritoryKind,
  type TerritorySettings,
  type UpdateSettingsRequest,
} from '@polyphony/contracts';

/** What the wizard and the settings page edit (the API's settings, with empty strings for unset fields). */
export type TerritoryFormValues = {
  name: Partial<Record<Language, string>>;
  description: Partial<Record<Language, string>>;
  kind: TerritoryKind;
  country: string;
  timeZone: string;
  languages: Language[];
  defaultLanguage: Language;
  primaryColor: string;
  contactEmail: string;
  municipalities: string[];
};

export function emptyTerritoryForm(lang: Language): TerritoryFormValues {
  let zone = 'UTC';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    /* keep UTC */
  }
  return {
    name: {},
    description: {},
    kind: 'city',
    country: '',
    timeZone: zone,
    languages: [lang],
    defaultLanguage: lang,
    primaryColor: '',
    contactEmail: '',
    municipalities: [],
  };
}

export function formFromSettings(s: TerritorySettings): TerritoryFormValues {
  return {
    name: s.name,
    description: s.description,
    kind: s.kind,
    country: s.country,
    timeZone: s.timeZone,
    languages: s.languages,
    defaultLanguage: s.defaultLanguage,
    primaryColor: s.primaryColor ?? '',
    contactEmail: s.contactEmail ?? '',
    municipalities: s.municipalities,
  };
}

/** The request body: only the offered languages' texts, nulls for what is left empty. */
export function settingsRequest(v: TerritoryFormValues): UpdateSettingsRequest {
  const only = (t: Partial<Record<Language, string>>) =>
    Object.fromEntries(LANGUAGES.filter((l) => v.languages.includes(l) && t[l]?.trim()).map((l) => [l, t[l]!.trim()]));
  return {
    name: only(v.name),
    description: only(v.description),
    kind: v.kind,
    country: v.country,
    timeZone: v.timeZone,
    languages: LANGUAGES.filter((l) => v.languages.includes(l)),
    defaultLanguage: v.defaultLanguage,
    primaryColor: v.primaryColor.trim() || null,
    contactEmail: v.contactEmail.trim() || null,
    municipalities: v.municipalities,
  };
}

/** Every IANA zone the browser knows, for the time zone picker. */
export function timeZones(): string[] {
  try {
    const zones = (Intl as unknown as { supportedValuesOf: (k: string) => string[] }).supportedValuesOf('timeZone');
    return zones.includes('UTC') ? zones : ['UTC', ...zones];
  } catch {
    return ['UTC'];
  }
}

export const colourReadable = (hex: string) => !hex.trim() || readableUnderWhiteText(hex.trim());

/** Reads a file's bytes as base64 (the logo upload is JSON like every request). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
