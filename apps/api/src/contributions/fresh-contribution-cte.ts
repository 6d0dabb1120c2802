import { detectLanguage } from '@polyphony/synthesis';

/**
 * The same bookkeeping as `ContributionsService.record` for a contribution whose origin row is
 * created in the same statement (so no contribution exists yet for its source + ref), as SQL for
 * hot paths that write in one round trip (room messages): data-modifying CTE clauses, to append
 * after `WITH ...,`, that insert the contribution from the one-row relation `from` and bump the
 * stakeholder balance aggregate (consultation_participants) as `record` does. `from` has the
 * columns source, source_ref, consultation_id, text (trimmed, non-empty), language, category,
 * country, author_user_id, author_organisation_id, author_label and key_point; a diaspora author's
 * territory of origin is read from their profile. The clauses are `<prefix>_row` and `<prefix>_balance`.
 * Keep in step with ContributionsService (participant key as in participant-key.ts).
 */
export function freshContributionCte(from: string, prefix = 'contribution'): string {
  return `${prefix}_row AS (
      INSERT INTO contributions (source, source_ref, consultation_id, text, language, category, country, author_user_id, author_organisation_id, author_label, key_point)
      SELECT source, source_ref, consultation_id, text, language, category, country, author_user_id, author_organisation_id, author_label, key_point FROM ${from}
      RETURNING consultation_id, category, country, author_user_id, author_organisation_id, author_label, created_at
    ), ${prefix}_balance AS (
      INSERT INTO consultation_participants AS p (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
      SELECT c.consultation_id, k.key, c.category, c.country,
             CASE WHEN c.category = 'diaspora' AND c.author_user_id IS NOT NULL THEN (SELECT u.origin_territory FROM users u WHERE u.id = c.author_user_id) END,
             1, 0, c.created_at, c.created_at
        FROM ${prefix}_row c
        CROSS JOIN LATERAL (SELECT CASE WHEN c.author_user_id IS NOT NULL THEN 'u:' || c.author_user_id
                                        WHEN c.author_organisation_id IS NOT NULL THEN 'o:' || c.author_organisation_id
                                        WHEN coalesce(trim(c.author_label), '') <> '' THEN 'l:' || left(lower(trim(c.author_label)), 200) END AS key) k
       WHERE c.consultation_id IS NOT NULL AND k.key IS NOT NULL
      ON CONFLICT (consultation_id, participant_key) DO UPDATE SET
        category = EXCLUDED.category, country = EXCLUDED.country,
        origin_territory = coalesce(EXCLUDED.origin_territory, p.origin_territory),
        contributions = p.contributions + 1,
        first_at = least(p.first_at, EXCLUDED.first_at), last_at = greatest(p.last_at, EXCLUDED.last_at)
      RETURNING 1
    )`;
}

/** The language `ContributionsService.record` stores for a text. */
export const contributionLanguage = (text: string): string => detectLanguage(text.trim()).language;
