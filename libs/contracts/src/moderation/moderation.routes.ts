import { route } from '../common/routes';
import {
  moderationDecisionSchema,
  moderationLogQuerySchema,
  moderationQueueQuerySchema,
  reportRequestSchema,
} from './moderation.contracts';
import type { Page } from '../common/pagination';
import type { ModerationItem, ModerationLogEntry } from './moderation.contracts';

/** ModerationController (moderation/moderation.controller.ts). */
export const MODERATION_ROUTES = {
  report: route('POST', '/moderation/reports', { body: reportRequestSchema }).returns<{ reported: boolean }>(),
  decide: route('POST', '/moderation/decisions', { body: moderationDecisionSchema }).returns<{ hidden: boolean }>(),
  queue: route('GET', '/moderation/queue', { query: moderationQueueQuerySchema }).returns<Page<ModerationItem>>(),
  log: route('GET', '/moderation/log', { query: moderationLogQuerySchema }).returns<Page<ModerationLogEntry>>(),
} as const;
