/**
 * The one definition of "participants", behind every count of them (home page, dashboards, annual
 * summaries): the distinct participant keys (an account, an organisation or a named institution)
 * with at least one input in a consultation, read from the stakeholder balance aggregate
 * (consultation_participants, kept in step by ContributionsService). A participant counts once across
 * consultations, under their latest category and country. With a period (half-open, `$1` and `$2`),
 * those whose participation (first to last input) overlaps it, described by their inputs in it.
 *
 * `details` adds category, country, origin (diaspora), first input and contributions; without it the
 * query is only the keys (cheap to count).
 */
export function participantsSql(options: { period?: boolean; details?: boolean } = {}): string {
  const where = options.period ? 'WHERE last_at >= $1 AND first_at < $2' : '';
  const details = options.details
    ? `, (array_agg(category ORDER BY last_at DESC))[1] AS category, (array_agg(country ORDER BY last_at DESC))[1] AS country,
         max(origin_territory) FILTER (WHERE category = 'diaspora') AS origin,
         min(first_at) AS first_at, sum(contributions)::int AS contributions`
    : '';
  return `SELECT participant_key${details} FROM consultation_participants ${where} GROUP BY participant_key`;
}
