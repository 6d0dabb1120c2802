import { z } from 'zod';
import { languageSchema } from '../common/languages';
import type { Ack } from '../rooms/rooms.events';
import { id, tt, PLAN_LIMITS } from './plan-fields';
import { planSectionSchema } from './plan-sections.contracts';
import { planVersionSummarySchema } from './plan-versions.contracts';

// The plan's contracts by what they hold; every name is exported from here, as before the split.
export { PLAN_LIMITS } from './plan-fields';
export * from './plan-sections.contracts';
export * from './plan-versions.contracts';
export * from './plan-review.contracts';
export * from './plan-suggestions.contracts';
export * from './plan-fates.contracts';

/**
 * The plan (issue 7): a structured, versioned document modelled on the reference case of DOMAIN.md.
 * Every editable unit is a section with a stable id (objectives, strategic lines, actions, rich text);
 * paragraphs carry stable ids too, so provenance and public annotations stay attached through edits
 * and restores. Actions and indicators are what accountability (issue 8) tracks.
 */
export const PLAN_STATUSES = ['draft', 'public_review', 'adopted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

// ---- Plan -----------------------------------------------------------------------------------------

const planHeaderFields = {
  title: tt(PLAN_LIMITS.title),
  periodStart: z.number().int().min(2000).max(2100),
  periodEnd: z.number().int().min(2000).max(2100),
  languages: z.array(languageSchema).min(1).max(4),
  consultationId: id.nullable(),
};

export const createPlanRequestSchema = z
  .object({
    ...planHeaderFields,
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{3,80}$/, 'invalid'),
    consultationId: id.nullable().default(null),
  })
  .strict()
  .refine((p) => p.periodStart <= p.periodEnd, { message: 'invalid_dates', path: ['periodEnd'] });
export type CreatePlanRequest = z.input<typeof createPlanRequestSchema>;

export const updatePlanRequestSchema = z
  .object({ ...planHeaderFields, revision: z.number().int().min(0) })
  .partial()
  .required({ revision: true })
  .strict();
export type UpdatePlanRequest = z.input<typeof updatePlanRequestSchema>;

export const planStatusRequestSchema = z.object({ status: z.enum(PLAN_STATUSES) }).strict();

export const planSchema = z.object({
  id,
  slug: z.string(),
  title: tt(PLAN_LIMITS.title),
  periodStart: z.number(),
  periodEnd: z.number(),
  status: z.enum(PLAN_STATUSES),
  languages: z.array(languageSchema),
  consultationId: id.nullable(),
  revision: z.number(),
  /** 'draft' for the working copy (officials), else the version shown. */
  showing: z.union([z.literal('draft'), z.number()]),
  versionId: id.nullable(),
  sections: z.array(planSectionSchema),
  latestVersion: planVersionSummarySchema.nullable(),
  reviewVersion: planVersionSummarySchema.nullable(),
  pendingSuggestions: z.number(),
  can: z.object({ edit: z.boolean(), annotate: z.boolean() }),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planListItemSchema = planSchema.pick({
  id: true,
  slug: true,
  title: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  languages: true,
  updatedAt: true,
});
export type PlanListItem = z.infer<typeof planListItemSchema>;

export const planQuerySchema = z.object({ version: z.union([z.literal('draft'), z.coerce.number().int().min(1)]).optional() }).strict();

// ---- Exports ----------------------------------------------------------------------------------------------

export const planExportQuerySchema = z
  .object({ lang: languageSchema.optional(), version: z.union([z.literal('draft'), z.coerce.number().int().min(1)]).optional() })
  .strict();

// ---- Presence over socket.io --------------------------------------------------------------------------

export const planPresenceEntrySchema = z.object({ userId: id, displayName: z.string(), sectionId: id.nullable() });
export type PlanPresenceEntry = z.infer<typeof planPresenceEntrySchema>;
export const PLAN_CLIENT_EVENTS = {
  'plan:join': z.object({ planId: id }).strict(),
  'plan:editing': z.object({ planId: id, sectionId: id.nullable() }).strict(),
  'plan:leave': z.object({ planId: id }).strict(),
} as const;
export type PlanClientEvent = keyof typeof PLAN_CLIENT_EVENTS;
type PlanAck<T> = (answer: Ack<T>) => void;
/**
 * Client -> server, answered through the acknowledgement like every socket event: `{ ok: true, ... }`
 * or `{ ok: false, error }` (a stable code: validation_failed, unauthenticated, forbidden).
 */
export interface PlanClientToServerEvents {
  'plan:join': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:join']>, ack: PlanAck<{ editors: PlanPresenceEntry[] }>) => void;
  'plan:editing': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:editing']>, ack: PlanAck<{ editors: PlanPresenceEntry[] }>) => void;
  'plan:leave': (payload: z.input<(typeof PLAN_CLIENT_EVENTS)['plan:leave']>, ack: PlanAck<object>) => void;
}
/** Server -> client: `plan:presence` { planId, editors }, `plan:section_saved` { planId, sectionId, revision, by }. */
export interface PlanServerToClientEvents {
  'plan:presence': (payload: { planId: string; editors: PlanPresenceEntry[] }) => void;
  'plan:section_saved': (payload: { planId: string; sectionId: string; revision: number; by: string }) => void;
}
