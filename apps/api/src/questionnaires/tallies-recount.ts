import type { EntityManager } from 'typeorm';
import { TALLY_SHARDS } from './tallies';

const shard = (col: string) => `(('x' || lpad(substr(${col}::text, 1, 8), 16, '0'))::bit(64)::bigint % ${TALLY_SHARDS})::smallint`;

/**
 * Rebuilds a questionnaire's counters from its submitted answers, the same items as
 * `tallyItems` (tallies.ts): for answers loaded in bulk with SQL (imports, demo data,
 * benchmarks) and to check or repair the counters kept by submissions.
 */
export async function recountTallies(manager: EntityManager, questionnaireId: string): Promise<void> {
  await manager.query(`DELETE FROM questionnaire_tallies WHERE questionnaire_id = $1`, [questionnaireId]);
  await manager.query(
    `INSERT INTO questionnaire_tallies (questionnaire_id, subject, item, category, country, shard, count)
     SELECT $1, subject, item, category, country, shard, count(*)::int FROM (
       SELECT '*' AS subject, '' AS item, r.category, coalesce(r.country, '--') AS country, ${shard('r.id')} AS shard
       FROM questionnaire_responses r WHERE r.questionnaire_id = $1 AND r.status = 'submitted'
       UNION ALL
       SELECT a.question_id::text, i.item, a.respondent_category, coalesce(a.respondent_country, '--'), ${shard('a.response_id')}
       FROM questionnaire_answers a
       JOIN questionnaire_questions q ON q.id = a.question_id
       CROSS JOIN LATERAL (
         SELECT '#' AS item
         UNION ALL SELECT k FROM unnest(a.choice_keys) AS k WHERE q.type IN ('single_choice', 'multiple_choice')
         UNION ALL SELECT k || '@' || n FROM unnest(a.choice_keys) WITH ORDINALITY AS u(k, n) WHERE q.type = 'ranking'
         UNION ALL SELECT a.number_value::text WHERE q.type = 'scale' AND a.number_value IS NOT NULL
         UNION ALL SELECT a.country_value WHERE q.type = 'country' AND a.country_value IS NOT NULL
       ) i
       WHERE a.questionnaire_id = $1
     ) x GROUP BY subject, item, category, country, shard`,
    [questionnaireId],
  );
}
