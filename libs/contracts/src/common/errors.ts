import { z } from 'zod';

/**
 * Stable error codes. Each has a message under `errors.<code>` in the `api`
 * catalog of libs/i18n, so clients and server speak the same words.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'unauthenticated',
  'forbidden',
  'csrf_invalid',
  'rate_limited',
  'conflict',
  'internal',
  'auth.invalid_credentials',
  'auth.email_taken',
  'auth.wrong_password',
  'auth.consent_required',
  'organisations.already_member',
  'organisations.request_pending',
  'organisations.last_admin',
  'consultations.invalid_transition',
  'consultations.closed',
  'interviews.not_held',
  'interviews.has_key_points',
  'rooms.invalid_transition',
  'rooms.not_open',
  'rooms.not_joined',
  'rooms.muted',
  'rooms.slow_mode',
  'rooms.edit_window_passed',
  'rooms.no_next_item',
  'rooms.unknown_event',
  'questionnaires.question_answered',
  'questionnaires.already_submitted',
  'synthesis.no_contributions',
  'synthesis.run_not_ready',
  'synthesis.not_latest_run',
  'synthesis.polis_invalid',
  'synthesis.voting_closed',
  'plan.edit_conflict',
  'plan.invalid_transition',
  'plan.no_version',
  'plan.not_in_review',
  'plan.review_closed',
  'plan.suggestion_decided',
  'summaries.published',
  'summaries.edit_conflict',
  'proposals.not_draft',
  'proposals.edit_conflict',
  'proposals.invalid_transition',
  'proposals.already_invited',
  'proposals.not_open_for_support',
  'proposals.comment_edit_window_passed',
  'accountability.evaluation_published',
  'accountability.edit_conflict',
  'settings.already_set_up',
  'settings.not_set_up',
  'taxonomy.in_use',
  'taxonomy.key_taken',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level issue codes, translated under `fields.<code>`. */
export const FIELD_ISSUE_CODES = [
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'invalid_email',
  'invalid_url',
  'invalid_option',
  'invalid_country',
  'unknown_field',
  'password_weak',
  'mismatch',
  'invalid',
  'translation_missing',
  'invalid_dates',
  'quotas_over_100',
  'too_many_choices',
  'ranking_incomplete',
  'out_of_range',
  'too_few_options',
  'duplicate_key',
  'question_answered',
  'contrast_too_low',
  'invalid_file',
  'file_too_large',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export const fieldIssueSchema = z.object({
  path: z.string(),
  code: z.enum(FIELD_ISSUE_CODES),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The one error shape every 4xx/5xx answer has (DESIGN.md). */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldIssueSchema),
  }),
  requestId: z.string(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
