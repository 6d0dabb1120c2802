import { z } from 'zod';
import { organisationCategorySchema, type OrganisationCategory } from '../common/stakeholders';
import { countryCodeSchema } from '../common/countries';
import { languageSchema } from '../common/languages';
import { pageQuerySchema } from '../common/pagination';

export const MEMBERSHIP_ROLES = ['admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_STATUSES = ['pending', 'active', 'refused'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const createOrganisationRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(160),
    category: organisationCategorySchema,
    country: countryCodeSchema,
    city: z.string().trim().max(120).nullish(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullish(),
    description: z.string().trim().max(4000).default(''),
    descriptionLanguage: languageSchema.optional(),
  })
  .strict();
export type CreateOrganisationRequest = z.input<typeof createOrganisationRequestSchema>;

export const updateOrganisationRequestSchema = createOrganisationRequestSchema.partial().strict();
export type UpdateOrganisationRequest = z.input<typeof updateOrganisationRequestSchema>;

export const organisationListQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(100).optional(),
    category: organisationCategorySchema.optional(),
    country: countryCodeSchema.optional(),
  })
  .strict();
export type OrganisationListQuery = z.input<typeof organisationListQuerySchema>;

export const organisationSchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  category: organisationCategorySchema,
  country: z.string(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string(),
  descriptionLanguage: languageSchema.nullable(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  /** The viewer's own membership, when signed in. */
  myMembership: z.object({ role: z.enum(MEMBERSHIP_ROLES), status: z.enum(MEMBERSHIP_STATUSES), canActFor: z.boolean() }).nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const joinRequestSchema = z.object({ message: z.string().trim().max(1000).optional() }).strict();
export type JoinRequest = z.input<typeof joinRequestSchema>;

export const membershipDecisionSchema = z
  .object({ decision: z.enum(['accept', 'refuse']), role: z.enum(MEMBERSHIP_ROLES).default('member') })
  .strict();
export type MembershipDecision = z.input<typeof membershipDecisionSchema>;

export const membershipSchema = z.object({
  userId: z.string().uuid(),
  displayName: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  message: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

/** An organisation the signed-in user may act for (used to co-sign, endorse...). */
export const actingOrganisationSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  category: organisationCategorySchema,
  role: z.enum(MEMBERSHIP_ROLES),
});
export type ActingOrganisation = z.infer<typeof actingOrganisationSchema>;

/** One of the signed-in person's organisations (GET /me/organisations), with their role and the request's state. */
export interface MyOrganisation {
  id: string;
  name: string;
  slug: string;
  category: OrganisationCategory;
  role: MembershipRole;
  status: MembershipStatus;
}
