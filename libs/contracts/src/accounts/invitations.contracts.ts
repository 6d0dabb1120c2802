import { z } from 'zod';
import { emailSchema } from '../auth/auth.contracts';
import { countryCodeSchema } from '../common/countries';
import { languageSchema } from '../common/languages';
import { stakeholderCategorySchema } from '../common/stakeholders';
import { pageQuerySchema } from '../common/pagination';

/** Where an invitation leads. */
export const INVITATION_TARGETS = ['platform', 'interviews', 'room', 'organisation'] as const;
export type InvitationTarget = (typeof INVITATION_TARGETS)[number];

export const INVITATION_STATES = ['sent', 'opened', 'accepted', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** One invitee (also one line of the CSV file). */
export const invitationInviteeSchema = z
  .object({
    name: z.string().trim().min(2).max(80),
    email: emailSchema,
    organisation: z.string().trim().max(180).nullish(),
    category: stakeholderCategorySchema.exclude(['official']),
    country: countryCodeSchema,
    language: languageSchema,
  })
  .strict();
export type InvitationInvitee = z.input<typeof invitationInviteeSchema>;

export const invitationTargetSchema = z
  .object({
    targetType: z.enum(INVITATION_TARGETS),
    /** The consultation (interviews), room or organisation; absent for the platform. */
    targetId: z.uuid().nullish(),
  })
  .strict();

export const createInvitationsRequestSchema = invitationTargetSchema
  .extend({ invitees: z.array(invitationInviteeSchema).min(1).max(500) })
  .strict()
  .refine((v) => v.targetType === 'platform' || Boolean(v.targetId), { path: ['targetId'], message: 'required' });
export type CreateInvitationsRequest = z.input<typeof createInvitationsRequestSchema>;

/** The CSV file as text: columns name, email, organisation, category, country, language. */
export const importInvitationsRequestSchema = invitationTargetSchema
  .extend({ csv: z.string().min(1).max(500_000) })
  .strict()
  .refine((v) => v.targetType === 'platform' || Boolean(v.targetId), { path: ['targetId'], message: 'required' });
export type ImportInvitationsRequest = z.input<typeof importInvitationsRequestSchema>;

export interface InvitationLineError {
  /** The line of the file (1 is the header). */
  line: number;
  field: string;
  message: string;
}

export interface Invitation {
  id: string;
  name: string;
  email: string;
  organisation: string | null;
  category: string;
  country: string;
  language: string;
  targetType: InvitationTarget;
  targetId: string | null;
  state: InvitationState;
  sentAt: string;
  remindedAt: string | null;
  openedAt: string | null;
  acceptedAt: string | null;
  expiresAt: string;
}

export interface InvitationsCreated {
  created: Invitation[];
  errors: InvitationLineError[];
}

export const invitationListQuerySchema = pageQuerySchema
  .extend({
    targetType: z.enum(INVITATION_TARGETS).optional(),
    targetId: z.uuid().optional(),
    state: z.enum(INVITATION_STATES).optional(),
  })
  .strict();
export type InvitationListQuery = z.input<typeof invitationListQuerySchema>;

/** What the invitation link shows before registration (no token in it). */
export interface InvitationPreview {
  name: string;
  email: string;
  organisation: string | null;
  category: string;
  country: string;
  language: string;
  targetType: InvitationTarget;
  targetTitle: string | null;
  /** An account already uses this address: sign in to accept. */
  accountExists: boolean;
}

export const acceptInvitationRequestSchema = z
  .object({
    token: z.string().trim().min(20).max(100),
    /** For a new account; absent when a signed-in person attaches the invitation to their account. */
    password: z.string().min(10).max(200).optional(),
    displayName: z.string().trim().min(2).max(80).optional(),
    acceptPrivacy: z.literal(true).optional(),
  })
  .strict();
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
