import { z } from 'zod';
import { LANGUAGES, languageSchema, type Language } from '../common/languages';
import { countryCodeSchema } from '../common/countries';
import { HEX_COLOUR, isTimeZone, readableUnderWhiteText } from './colour';

export * from './colour';

/**
 * The territory's own settings (issue 14): first-run setup, then the admin settings page.
 * Everything a city needs to put its name on the instance, nothing of the demo.
 */
export const TERRITORY_KINDS = ['city', 'metropolis', 'region', 'network'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

export const SETTINGS_LIMITS = {
  name: 160,
  description: 600,
  municipality: 120,
  municipalities: 2000,
  strategicLines: 20,
  logoBytes: 512 * 1024,
  csvBytes: 256 * 1024,
} as const;

/** Logo formats accepted: raster images, or SVG (sanitised on upload). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;

const perLanguage = (max: number) => z.partialRecord(languageSchema, z.string().trim().max(max));

export const timeZoneSchema = z.string().trim().refine(isTimeZone, { message: 'invalid_option' });
export const primaryColourSchema = z
  .string()
  .trim()
  .regex(HEX_COLOUR, 'invalid')
  .transform((c) => c.toLowerCase())
  .refine(readableUnderWhiteText, { message: 'contrast_too_low' });

export const settingsFields = {
  name: perLanguage(SETTINGS_LIMITS.name),
  description: perLanguage(SETTINGS_LIMITS.description).default({}),
  kind: z.enum(TERRITORY_KINDS),
  country: countryCodeSchema,
  timeZone: timeZoneSchema,
  languages: z.array(languageSchema).min(1).max(LANGUAGES.length),
  defaultLanguage: languageSchema,
  primaryColor: primaryColourSchema.nullable().default(null),
  contactEmail: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().default(null),
  municipalities: z.array(z.string().trim().min(1).max(SETTINGS_LIMITS.municipality)).max(SETTINGS_LIMITS.municipalities).default([]),
};

type SettingsShape = {
  name: Partial<Record<Language, string>>;
  languages: Language[];
  defaultLanguage: Language;
  municipalities: string[];
};

/** Rules across fields: the default language is offered, the name exists in it, languages and municipalities are unique. */
function crossCheck(v: SettingsShape, ctx: z.RefinementCtx) {
  if (new Set(v.languages).size !== v.languages.length) ctx.addIssue({ code: 'custom', message: 'duplicate_key', path: ['languages'] });
  if (!v.languages.includes(v.defaultLanguage)) ctx.addIssue({ code: 'custom', message: 'invalid_option', path: ['defaultLanguage'] });
  if (!v.name[v.defaultLanguage]) ctx.addIssue({ code: 'custom', message: 'required', path: ['name', v.defaultLanguage] });
  const seen = new Set<string>();
  v.municipalities.forEach((m, i) => {
    const k = m.toLocaleLowerCase();
    if (seen.has(k)) ctx.addIssue({ code: 'custom', message: 'duplicate_key', path: ['municipalities', i] });
    seen.add(k);
  });
}

export const updateSettingsRequestSchema = z.object(settingsFields).strict().superRefine(crossCheck);
export type UpdateSettingsRequest = z.input<typeof updateSettingsRequestSchema>;

/** The wizard also names the first strategic lines (more are added later on the taxonomy page). */
export const setupRequestSchema = z
  .object({
    ...settingsFields,
    strategicLines: z
      .array(z.object({ label: perLanguage(200) }).strict())
      .max(SETTINGS_LIMITS.strategicLines)
      .default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    crossCheck(v, ctx);
    v.strategicLines.forEach((l, i) => {
      if (!l.label[v.defaultLanguage])
        ctx.addIssue({ code: 'custom', message: 'required', path: ['strategicLines', i, 'label', v.defaultLanguage] });
    });
  });
export type SetupRequest = z.input<typeof setupRequestSchema>;

export const territorySettingsSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: perLanguage(SETTINGS_LIMITS.name),
  description: perLanguage(SETTINGS_LIMITS.description),
  kind: z.enum(TERRITORY_KINDS),
  country: z.string(),
  timeZone: z.string(),
  languages: z.array(languageSchema),
  defaultLanguage: languageSchema,
  primaryColor: z.string().nullable(),
  contactEmail: z.string().nullable(),
  /** Versioned URL of the logo (changes with each upload), or null. */
  logoUrl: z.string().nullable(),
  municipalities: z.array(z.string()),
});
export type TerritorySettings = z.infer<typeof territorySettingsSchema>;

/** What every page needs before anything else: is the instance set up, and in which languages and time zone it speaks. */
export const instanceSchema = z.object({
  setupRequired: z.boolean(),
  territory: territorySettingsSchema.omit({ municipalities: true }).nullable(),
});
export type Instance = z.infer<typeof instanceSchema>;

export const municipalitiesCsvRequestSchema = z.object({ csv: z.string().max(SETTINGS_LIMITS.csvBytes) }).strict();
export type MunicipalitiesCsvRequest = z.infer<typeof municipalitiesCsvRequestSchema>;

/** The names read from the file, and one translated message per line that could not be read. */
export const municipalitiesCsvResultSchema = z.object({
  municipalities: z.array(z.string()),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type MunicipalitiesCsvResult = z.infer<typeof municipalitiesCsvResultSchema>;

/** A logo upload: the file's bytes in base64 (JSON like every other request; 512 KB at most once decoded). */
export const logoUploadRequestSchema = z.object({ data: z.string().max(1_000_000) }).strict();
export type LogoUploadRequest = z.infer<typeof logoUploadRequestSchema>;
