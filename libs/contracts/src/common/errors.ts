import { z } from 'zod';

/**
 * Stable error codes and the HTTP status each one is answered with: the one place where a code
 * gets its status (AppError reads it; a throw names only the code). Each code has a message under
 * `errors.<code>` in the `api` catalog of libs/i18n, so clients and server speak the same words.
 * Over sockets the code travels alone (the `session.*` codes and `too_many_connections` only
 * travel there); their status says what the same refusal would be over HTTP.
 */
export const ERROR_STATUS = {
  validation_failed: 422,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  csrf_invalid: 403,
  cookies_missing: 403,
  rate_limited: 429,
  conflict: 409,
  internal: 500,
  unavailable: 503,
  origin_forbidden: 403,
  too_many_connections: 429,
  'session.logout': 401,
  'session.password_changed': 401,
  'session.blocked': 401,
  'session.account_deleted': 401,
  'session.revoked': 401,
  'auth.invalid_credentials': 401,
  'auth.email_taken': 409,
  'auth.wrong_password': 422,
  'auth.consent_required': 403,
  'auth.login_throttled': 429,
  'auth.token_invalid': 410,
  'auth.account_blocked': 403,
  'auth.email_unverified': 403,
  'auth.sso_not_configured': 404,
  'auth.sso_failed': 401,
  'invitations.unusable': 410,
  'invitations.csv_invalid': 422,
  'organisations.already_member': 409,
  'organisations.request_pending': 409,
  'organisations.last_admin': 409,
  'consultations.invalid_transition': 409,
  'consultations.closed': 409,
  'interviews.not_held': 409,
  'interviews.has_key_points': 409,
  'rooms.invalid_transition': 409,
  'rooms.not_open': 409,
  'rooms.not_joined': 403,
  'rooms.muted': 403,
  'rooms.slow_mode': 429,
  'rooms.edit_window_passed': 403,
  'rooms.no_next_item': 409,
  'rooms.unknown_event': 404,
  'rooms.access_removed': 403,
  'questionnaires.question_answered': 409,
  'questionnaires.already_submitted': 409,
  'synthesis.no_contributions': 422,
  'synthesis.run_not_ready': 409,
  'synthesis.not_latest_run': 409,
  'synthesis.polis_invalid': 422,
  'synthesis.voting_closed': 409,
  'official_languages.unavailable': 503,
  'plan.edit_conflict': 409,
  'plan.invalid_transition': 409,
  'plan.no_version': 409,
  'plan.not_in_review': 409,
  'plan.review_closed': 403,
  'plan.suggestion_decided': 409,
  'summaries.published': 409,
  'summaries.edit_conflict': 409,
  'proposals.not_draft': 409,
  'proposals.edit_conflict': 409,
  'proposals.invalid_transition': 409,
  'proposals.already_invited': 409,
  'proposals.not_open_for_support': 409,
  'proposals.comment_edit_window_passed': 409,
  'accountability.evaluation_published': 409,
  'accountability.edit_conflict': 409,
  'settings.already_set_up': 409,
  'settings.not_set_up': 409,
  'taxonomy.in_use': 409,
  'taxonomy.key_taken': 409,
} as const satisfies Record<string, number>;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

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
  'email_taken',
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
