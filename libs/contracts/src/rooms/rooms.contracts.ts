import { z } from 'zod';
import { csvSeparatorSchema, languageSchema } from '../common/languages';
import { stakeholderCategorySchema } from '../common/stakeholders';
import { pageQuerySchema } from '../common/pagination';

/** A room's life cycle: scheduled -> open -> closed (a read-only archive). */
export const ROOM_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

/** Who may enter: anyone (reading; posting needs an account), any signed-in person, or invited categories / organisations. */
export const ROOM_ACCESS = ['public', 'signed_in', 'invited'] as const;
export type RoomAccess = (typeof ROOM_ACCESS)[number];

export const REACTION_KINDS = ['agree', 'disagree', 'plus_one'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** Limits shared by the server and the UI. */
export const ROOM_LIMITS = {
  messageMaxChars: 2000,
  /** Own messages can be edited or deleted for this long after posting. */
  editWindowSeconds: 300,
  /** Hard flood limit per person, whatever the slow mode: this many messages... */
  floodMessages: 10,
  /** ...per this many seconds. */
  floodWindowSeconds: 10,
  slowModeMaxSeconds: 600,
  historyPage: 50,
  /** Catch-up after a reconnection answers at most this many changes at once (the client asks again). */
  catchUpPage: 500,
  hideReasonMaxChars: 300,
} as const;

const text = (max: number) => z.partialRecord(languageSchema, z.string().trim().max(max));

export const agendaItemSchema = z
  .object({
    title: text(200),
    /** ISO date-time the item is planned to start. */
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
  })
  .strict();
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const roomFields = {
  title: text(200),
  description: text(5000),
  agenda: z.array(agendaItemSchema).max(30),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  languages: z.array(languageSchema).min(1).max(4),
  access: z.enum(ROOM_ACCESS),
  invitedCategories: z.array(stakeholderCategorySchema).max(8),
  invitedOrganisationIds: z.array(z.uuid()).max(200),
};

function checkRoom(
  value: {
    title?: Record<string, string | undefined>;
    languages?: string[];
    startsAt?: string;
    endsAt?: string;
    access?: string;
    invitedCategories?: string[];
    invitedOrganisationIds?: string[];
  },
  ctx: z.RefinementCtx,
) {
  for (const lang of value.languages ?? []) {
    if (value.title && !value.title[lang as 'fr']?.trim())
      ctx.addIssue({ code: 'custom', message: 'translation_missing', path: ['title', lang] });
  }
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    ctx.addIssue({ code: 'custom', message: 'invalid_dates', path: ['endsAt'] });
  }
  if (value.access === 'invited' && !(value.invitedCategories?.length || value.invitedOrganisationIds?.length)) {
    ctx.addIssue({ code: 'custom', message: 'required', path: ['invitedCategories'] });
  }
}

export const createRoomRequestSchema = z
  .object({
    ...roomFields,
    description: roomFields.description.default({}),
    agenda: roomFields.agenda.default([]),
    access: roomFields.access.default('signed_in'),
    invitedCategories: roomFields.invitedCategories.default([]),
    invitedOrganisationIds: roomFields.invitedOrganisationIds.default([]),
  })
  .strict()
  .superRefine(checkRoom);
export type CreateRoomRequest = z.input<typeof createRoomRequestSchema>;

export const updateRoomRequestSchema = z.object(roomFields).partial().strict().superRefine(checkRoom);
export type UpdateRoomRequest = z.input<typeof updateRoomRequestSchema>;

export const roomStatusRequestSchema = z.object({ status: z.enum(ROOM_STATUSES) }).strict();
export type RoomStatusRequest = z.infer<typeof roomStatusRequestSchema>;

export const roomListQuerySchema = pageQuerySchema.extend({ status: z.enum(ROOM_STATUSES).optional() }).strict();
export type RoomListQuery = z.input<typeof roomListQuerySchema>;

export const transcriptQuerySchema = z
  .object({
    format: z.enum(['md', 'csv']).default('md'),
    /** Language of the headings (default: `language` when one is asked, else the reader's). */
    lang: languageSchema.optional(),
    /** The messages in one language (machine translated, marked, originals kept) or as written ('original', the default). */
    language: z.union([languageSchema, z.literal('original')]).default('original'),
    /** CSV field separator (default: what spreadsheets expect in the headings' language). */
    separator: csvSeparatorSchema.optional(),
  })
  .strict();
export type TranscriptQuery = z.input<typeof transcriptQuerySchema>;

export const roomSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  consultation: z.object({ id: z.uuid(), slug: z.string(), title: text(200) }),
  title: text(200),
  description: text(5000),
  /** The description rendered from Markdown and sanitised, per language. */
  descriptionHtml: text(50000),
  agenda: z.array(agendaItemSchema),
  currentAgendaIndex: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  languages: z.array(languageSchema),
  access: z.enum(ROOM_ACCESS),
  invitedCategories: z.array(stakeholderCategorySchema),
  invitedOrganisationIds: z.array(z.uuid()),
  status: z.enum(ROOM_STATUSES),
  slowModeSeconds: z.number().int(),
  facilitators: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  messageCount: z.number().int(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** What the viewer may do here. */
  can: z.object({ enter: z.boolean(), post: z.boolean(), facilitate: z.boolean(), edit: z.boolean(), export: z.boolean() }),
});
export type Room = z.infer<typeof roomSchema>;
