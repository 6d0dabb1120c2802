import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination';

/** What can be reported and hidden; later features (room messages...) add theirs. */
export const MODERATION_TARGETS = ['proposal', 'proposal_comment', 'room_message'] as const;
export type ModerationTarget = (typeof MODERATION_TARGETS)[number];

export const REPORT_REASONS = ['spam', 'abusive', 'off_topic', 'personal_data', 'misinformation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Every moderation and status action, as written in the audit log. */
export const MODERATION_ACTIONS = ['report', 'auto_hide', 'hide', 'restore', 'dismiss', 'status_change'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const reportRequestSchema = z
  .object({
    targetType: z.enum(MODERATION_TARGETS),
    targetId: z.uuid(),
    reason: z.enum(REPORT_REASONS),
    details: z.string().trim().max(1000).default(''),
  })
  .strict();
export type ReportRequest = z.input<typeof reportRequestSchema>;

export const moderationDecisionSchema = z
  .object({
    targetType: z.enum(MODERATION_TARGETS),
    targetId: z.uuid(),
    action: z.enum(['hide', 'restore', 'dismiss']),
    /** Public reason, shown to the author. */
    reason: z.string().trim().min(3).max(1000),
  })
  .strict();
export type ModerationDecision = z.input<typeof moderationDecisionSchema>;

export const moderationQueueQuerySchema = pageQuerySchema
  .extend({ state: z.enum(['open', 'hidden']).default('open'), targetType: z.enum(MODERATION_TARGETS).optional() })
  .strict();
export type ModerationQueueQuery = z.input<typeof moderationQueueQuerySchema>;

export const moderationLogQuerySchema = pageQuerySchema
  .extend({ targetType: z.enum(MODERATION_TARGETS).optional(), targetId: z.uuid().optional() })
  .strict();
export type ModerationLogQuery = z.input<typeof moderationLogQuerySchema>;

export const moderationItemSchema = z.object({
  targetType: z.enum(MODERATION_TARGETS),
  targetId: z.uuid(),
  /** What the content says (shown to moderators only) and where it lives. */
  excerpt: z.string(),
  link: z.string().nullable(),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  openReports: z.number(),
  reasons: z.partialRecord(z.enum(REPORT_REASONS), z.number()),
  details: z.array(z.string()),
  hidden: z.boolean(),
  lastReportAt: z.string().nullable(),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;

export const moderationLogEntrySchema = z.object({
  id: z.uuid(),
  targetType: z.enum(MODERATION_TARGETS),
  targetId: z.uuid(),
  action: z.enum(MODERATION_ACTIONS),
  reason: z.string(),
  data: z.record(z.string(), z.unknown()),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.string(),
});
export type ModerationLogEntry = z.infer<typeof moderationLogEntrySchema>;
