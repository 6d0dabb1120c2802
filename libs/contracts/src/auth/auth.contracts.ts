import { z } from 'zod';
import { languageSchema } from '../common/languages';
import { stakeholderCategorySchema, roleSchema } from '../common/stakeholders';
import { countryCodeSchema } from '../common/countries';

export const CSRF_HEADER = 'x-csrf-token';
export const PASSWORD_MIN_LENGTH = 10;
/** Version of the privacy terms a participant consents to; bump when the terms change. */
export const PRIVACY_TERMS_VERSION = '2026-11';

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);
export const displayNameSchema = z.string().trim().min(2).max(80);

export const csrfResponseSchema = z.object({ token: z.string() });
export type CsrfResponse = z.infer<typeof csrfResponseSchema>;

const profileFields = {
  displayName: displayNameSchema,
  preferredLanguage: languageSchema,
  category: stakeholderCategorySchema.exclude(['official']),
  country: countryCodeSchema,
  /** For diaspora members: the territory they come from or relate to. */
  originTerritory: z.string().trim().max(120).nullish(),
};

export const registerRequestSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    ...profileFields,
    acceptPrivacy: z.literal(true),
  })
  .strict();
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * Where sign-in (the login and register pages, single sign-on) returns to: a path of this site only, never another origin (`//evil.example`,
 * `/\evil.example`, `https://…`), cut at 500 characters. Anything else (another origin, a repeated or
 * missing `next`) is dropped for the home page, as today: a browser following a link never lands on an error.
 */
export const safeNextPathSchema = z
  .string()
  .regex(/^\/(?![/\\])/)
  .transform((next) => next.slice(0, 500))
  .default('/')
  .catch('/');

/** Not strict: a sign-on link a territory shares may carry tracking parameters; only `next` is read. */
export const oidcLoginQuerySchema = z.object({ next: safeNextPathSchema });
export type OidcLoginQuery = z.input<typeof oidcLoginQuerySchema>;

export const updateProfileRequestSchema = z
  .object({
    displayName: profileFields.displayName,
    preferredLanguage: profileFields.preferredLanguage,
    category: profileFields.category,
    country: profileFields.country,
    originTerritory: profileFields.originTerritory,
  })
  .partial()
  .strict();
export type UpdateProfileRequest = z.input<typeof updateProfileRequestSchema>;

export const changePasswordRequestSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }).strict();
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
/** The password form: the request plus the new password typed twice (checked in the browser only). */
export const changePasswordFormSchema = changePasswordRequestSchema.extend({ confirm: z.string() }).superRefine((v, ctx) => {
  if (v.confirm !== v.newPassword) ctx.addIssue({ code: 'custom', message: 'mismatch', path: ['confirm'] });
});

export const deleteAccountRequestSchema = z.object({ password: z.string().min(1).max(200) }).strict();
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

export const meSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  preferredLanguage: languageSchema,
  category: stakeholderCategorySchema,
  country: z.string(),
  originTerritory: z.string().nullable(),
  role: roleSchema,
  emailVerified: z.boolean(),
  /** A change of address waiting for confirmation at the new address. */
  pendingEmail: z.string().nullable().optional(),
  createdAt: z.string(),
});
export type Me = z.infer<typeof meSchema>;
