import type { EntityManager } from 'typeorm';
import type { StakeholderCategory, TextAnswer } from '@polyphony/contracts';
import { RESPONDENTS, TALLY_SHARDS } from './tallies';

const shard = (col: string) => `(('x' || lpad(substr(${col}::text, 1, 8), 16, '0'))::bit(64)::bigint % ${TALLY_SHARDS})::smallint`;

/**
 * A questionnaire's ($1) counters rebuilt from its submitted answers, the same items as `tallyItems`
 * (tallies.ts): respondents per category and country, then per question every item an answer counts in.
 */
export const RECOUNT_TALLIES_SQL = `INSERT INTO questionnaire_tallies (questionnaire_id, subject, item, category, country, shard, count)
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
     ) x GROUP BY subject, item, category, country, shard`;

export interface TallyRow {
  subject: string;
  item: string;
  category: string;
  country: string;
  n: number;
}

export interface ExportRow {
  id: string;
  category: string | null;
  country: string | null;
  submitted_at: Date;
  updated_at: Date;
  at: string;
  display_name?: string;
  email?: string | null;
}

export interface ExportAnswer {
  id: string;
  response_id: string;
  question_id: string;
  choice_keys: string[] | null;
  number_value: number | null;
  text_value: string | null;
  country_value: string | null;
}

/** The SQL of results and exports: the counters, free-text answers, submitted responses page by page. */
export class QuestionnaireResultsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Respondents per category and country; per question, items over the filtered respondents (one aggregate query). */
  tallies(questionnaireId: string, filters: { category?: string; country?: string }): Promise<TallyRow[]> {
    const params: unknown[] = [questionnaireId];
    let where = '';
    if (filters.category) where += ` AND category = $${params.push(filters.category)}`;
    if (filters.country) where += ` AND country = $${params.push(filters.country)}`;
    return this.manager.query(
      `SELECT subject, item, CASE WHEN subject = '${RESPONDENTS}' THEN category ELSE '' END AS category,
              CASE WHEN subject = '${RESPONDENTS}' THEN country ELSE '' END AS country, sum(count)::int AS n
       FROM questionnaire_tallies WHERE questionnaire_id = $1${where}
       GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0`,
      params,
    );
  }

  /** Free-text answers of one question, newest first, after the keyset `after` (created_at as text, id). */
  async textAnswers(
    questionId: string,
    query: { category?: string; country?: string; after: (string | number)[] | undefined; limit: number },
  ): Promise<{ answer: TextAnswer; at: string }[]> {
    const params: unknown[] = [questionId];
    let where = '';
    if (query.category) where += ` AND respondent_category = $${params.push(query.category)}`;
    if (query.country) where += ` AND respondent_country = $${params.push(query.country)}`;
    if (query.after)
      where += ` AND (created_at, id) < ($${params.push(query.after[0])}::timestamptz, $${params.push(query.after[1])}::uuid)`;
    const rows: {
      id: string;
      question_id: string;
      text_value: string;
      language: string | null;
      respondent_category: StakeholderCategory;
      respondent_country: string | null;
      created_at: Date;
      at: string;
    }[] = await this.manager.query(
      `SELECT id, question_id, text_value, respondent_category, respondent_country, created_at, created_at::text AS at,
         (SELECT c.language FROM contributions c WHERE c.source = 'questionnaire_answer' AND c.source_ref = questionnaire_answers.id::text) AS language
       FROM questionnaire_answers
       WHERE question_id = $1 AND text_value IS NOT NULL${where} ORDER BY created_at DESC, id DESC LIMIT ${query.limit + 1}`,
      params,
    );
    return rows.map((r) => ({
      at: r.at,
      answer: {
        id: r.id,
        questionId: r.question_id,
        text: r.text_value,
        language: r.language ?? 'und',
        category: r.respondent_category,
        country: r.respondent_country,
        answeredAt: r.created_at.toISOString(),
      },
    }));
  }

  /** A page of submitted responses in submission order (with the respondent's name and email when `personal`). */
  exportPage(questionnaireId: string, personal: boolean, after: [string, string] | null, size: number): Promise<ExportRow[]> {
    const params: unknown[] = [questionnaireId];
    const keyset: string = after
      ? ` AND (r.submitted_at, r.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    return this.manager.query(
      `SELECT r.id, r.category, r.country, r.submitted_at, r.updated_at, r.submitted_at::text AS at${personal ? ', u.display_name, u.email' : ''}
         FROM questionnaire_responses r${personal ? ' JOIN users u ON u.id = r.user_id' : ''}
         WHERE r.questionnaire_id = $1 AND r.status = 'submitted'${keyset}
         ORDER BY r.submitted_at, r.id LIMIT ${size}`,
      params,
    );
  }

  exportAnswers(responseIds: string[]): Promise<ExportAnswer[]> {
    return this.manager.query(
      `SELECT id, response_id, question_id, choice_keys, number_value, text_value, country_value FROM questionnaire_answers WHERE response_id = ANY($1::uuid[])`,
      [responseIds],
    );
  }

  /** The detected language of each free-text answer, by answer id. */
  async answerLanguages(answerIds: string[]): Promise<Map<string, string>> {
    const rows: { source_ref: string; language: string }[] = await this.manager.query(
      `SELECT source_ref, language FROM contributions WHERE source = 'questionnaire_answer' AND source_ref = ANY($1::text[])`,
      [answerIds],
    );
    return new Map(rows.map((c) => [c.source_ref, c.language]));
  }

  /** Rebuilds the questionnaire's counters from its submitted answers. */
  async recount(questionnaireId: string): Promise<void> {
    await this.manager.query(`DELETE FROM questionnaire_tallies WHERE questionnaire_id = $1`, [questionnaireId]);
    await this.manager.query(RECOUNT_TALLIES_SQL, [questionnaireId]);
  }
}
