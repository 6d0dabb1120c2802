import type { EntityManager } from 'typeorm';
import type { AnswerValue } from '@polyphony/contracts';
import type { StoredAnswer } from './answer-validation';
import { TALLY_SHARDS, type TallyDelta } from './tallies';

export interface ResponseRow {
  id: string;
  status: 'draft' | 'submitted';
  draft: Record<string, AnswerValue>;
  category: string | null;
  country: string | null;
  submitted_at: Date | null;
  updated_at: Date;
}

export interface AnswerRow extends StoredAnswer {
  id: string;
  questionId: string;
}

/** Who answers, as stored on the response and each answer. */
export interface Respondent {
  questionnaireId: string;
  userId: string;
  category: string;
  country: string | null;
}

const ANSWER_COLUMNS = `id, question_id AS "questionId", choice_keys AS "choiceKeys", number_value AS "numberValue", text_value AS "textValue", country_value AS "countryValue"`;

/** The counters a submission adds, as VALUES rows (n, subject, item, category, country, delta) in key order (every transaction locks them in the same order). */
function tallyValues(deltas: TallyDelta[], $: (value: unknown) => string): string {
  return deltas
    .map(
      (d, i) =>
        `(${i}, ${$(d.subject)}::varchar, ${$(d.item)}::varchar, ${$(d.category)}::varchar, ${$(d.country)}::varchar, ${$(d.delta)}::int)`,
    )
    .join(', ');
}

/** All of the SQL of questionnaire responses: the rows, their answers and the counters they add to. */
export class ResponsesRepository {
  constructor(private readonly manager: EntityManager) {}

  async find(questionnaireId: string, userId: string): Promise<ResponseRow | undefined> {
    const [row]: ResponseRow[] = await this.manager.query(
      `SELECT * FROM questionnaire_responses WHERE questionnaire_id = $1 AND user_id = $2`,
      [questionnaireId, userId],
    );
    return row;
  }

  answers(responseId: string): Promise<AnswerRow[]> {
    return this.manager.query(`SELECT ${ANSWER_COLUMNS} FROM questionnaire_answers WHERE response_id = $1`, [responseId]);
  }

  /** Creates the row or locks the existing one (ON CONFLICT DO UPDATE takes the row lock). */
  async lockOrCreate(questionnaireId: string, userId: string): Promise<ResponseRow> {
    const [row]: ResponseRow[] = await this.manager.query(
      `INSERT INTO questionnaire_responses (questionnaire_id, user_id) VALUES ($1, $2)
       ON CONFLICT (questionnaire_id, user_id) DO UPDATE SET updated_at = now()
       RETURNING id, status, draft, category, country, submitted_at, updated_at`,
      [questionnaireId, userId],
    );
    return row;
  }

  async saveDraft(id: string, draft: Record<string, AnswerValue>): Promise<ResponseRow> {
    const [[saved]] = await this.manager.query(
      `UPDATE questionnaire_responses SET draft = $2, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, JSON.stringify(draft)],
    );
    return saved;
  }

  /**
   * A submission by someone with no response row yet, in ONE statement: the response row, its answers,
   * the counters and, from `contributions` (given the statement's parameters, answering CTE clauses or
   * null), the free-text contributions and the balance. The ids are made by the caller so that every
   * row is known before the statement runs. Undefined when a row exists: nothing was written.
   */
  async insertSubmitted(
    who: Respondent,
    response: { id: string; shard: number; answers: { id: string; questionId: string; answer: StoredAnswer }[]; tallies: TallyDelta[] },
    contributions: (params: unknown[]) => string | null,
  ): Promise<{ answers: AnswerRow[]; saved: ResponseRow } | undefined> {
    const params: unknown[] = [who.questionnaireId, who.userId, who.category, who.country, response.id, response.shard];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const answers = response.answers.map(
      ({ id, questionId, answer: a }) =>
        `(${$(id)}::uuid, ${$(questionId)}::uuid, ${$(a.choiceKeys)}::varchar[], ${$(a.numberValue)}::smallint, ${$(a.textValue)}::text, ${$(a.countryValue)}::char(2))`,
    );
    const tallies = tallyValues(response.tallies, $);
    const contributionCtes = contributions(params);
    const [found]: (ResponseRow & { answers: AnswerRow[] })[] = await this.manager.query(
      `WITH r AS (
         INSERT INTO questionnaire_responses (id, questionnaire_id, user_id, status, category, country, submitted_at) VALUES ($5, $1, $2, 'submitted', $3, $4, now())
         ON CONFLICT (questionnaire_id, user_id) DO NOTHING
         RETURNING *
       )${
         answers.length
           ? `, a AS (
         INSERT INTO questionnaire_answers (id, response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country)
         SELECT v.id, r.id, v.question_id, $1, v.choice_keys, v.number_value, v.text_value, v.country_value, $3, $4
         FROM r CROSS JOIN (VALUES ${answers.join(', ')}) AS v(id, question_id, choice_keys, number_value, text_value, country_value)
         RETURNING ${ANSWER_COLUMNS}
       )`
           : ''
       }, t AS (
         INSERT INTO questionnaire_tallies (questionnaire_id, subject, item, category, country, shard, count)
         SELECT $1, v.subject, v.item, v.category, v.country, $6::smallint, v.delta
         FROM r CROSS JOIN (VALUES ${tallies}) AS v(n, subject, item, category, country, delta)
         ORDER BY v.n
         ON CONFLICT (questionnaire_id, subject, item, category, country, shard) DO UPDATE SET count = questionnaire_tallies.count + EXCLUDED.count
       )${contributionCtes ? `, ${contributionCtes}` : ''}
       SELECT r.*, ${answers.length ? `(SELECT coalesce(json_agg(a), '[]') FROM a)` : `'[]'::json`} AS answers FROM r`,
      params,
    );
    if (!found) return undefined;
    const { answers: current, ...saved } = found;
    return { answers: current, saved };
  }

  /**
   * Creates or submits a draft row, inserts its answers and adds to the counters, in one statement.
   * Undefined, with the row locked all the same, when the response was already submitted.
   */
  async submitFirst(
    who: Respondent,
    stored: Map<string, StoredAnswer>,
    tallies: TallyDelta[],
  ): Promise<{ answers: AnswerRow[]; saved: ResponseRow } | undefined> {
    const params: unknown[] = [who.questionnaireId, who.userId, who.category, who.country];
    const answers = [...stored.entries()].map(([questionId, a]) => {
      params.push(questionId, a.choiceKeys, a.numberValue, a.textValue, a.countryValue);
      const n = params.length;
      return `($${n - 4}::uuid, $${n - 3}::varchar[], $${n - 2}::smallint, $${n - 1}::text, $${n}::char(2))`;
    });
    const values = tallyValues(tallies, (value) => `$${params.push(value)}`);
    // ON CONFLICT DO UPDATE ... WHERE locks the existing row even when it leaves it as it is.
    const [found]: (ResponseRow & { answers: AnswerRow[] })[] = await this.manager.query(
      `WITH r AS (
         INSERT INTO questionnaire_responses (questionnaire_id, user_id, status, category, country, submitted_at) VALUES ($1, $2, 'submitted', $3, $4, now())
         ON CONFLICT (questionnaire_id, user_id) DO UPDATE SET status = 'submitted', draft = '{}', category = EXCLUDED.category, country = EXCLUDED.country,
           submitted_at = coalesce(questionnaire_responses.submitted_at, now()), updated_at = now()
         WHERE questionnaire_responses.status <> 'submitted'
         RETURNING *
       )${
         answers.length
           ? `, a AS (
         INSERT INTO questionnaire_answers (response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country)
         SELECT r.id, v.question_id, $1, v.choice_keys, v.number_value, v.text_value, v.country_value, $3, $4
         FROM r CROSS JOIN (VALUES ${answers.join(', ')}) AS v(question_id, choice_keys, number_value, text_value, country_value)
         RETURNING ${ANSWER_COLUMNS}
       )`
           : ''
       }, t AS (
         INSERT INTO questionnaire_tallies (questionnaire_id, subject, item, category, country, shard, count)
         SELECT $1, v.subject, v.item, v.category, v.country, (('x' || lpad(substr(r.id::text, 1, 8), 16, '0'))::bit(64)::bigint % ${TALLY_SHARDS})::smallint, v.delta
         FROM r CROSS JOIN (VALUES ${values}) AS v(n, subject, item, category, country, delta)
         ORDER BY v.n
         ON CONFLICT (questionnaire_id, subject, item, category, country, shard) DO UPDATE SET count = questionnaire_tallies.count + EXCLUDED.count
       )
       SELECT r.*, ${answers.length ? `(SELECT coalesce(json_agg(a), '[]') FROM a)` : `'[]'::json`} AS answers FROM r`,
      params,
    );
    if (!found) return undefined;
    const { answers: current, ...saved } = found;
    return { answers: current, saved };
  }

  /** Upserts the answers (ids stay stable across edits); `inserted` tells the new ones. */
  async upsertAnswers(
    responseId: string,
    who: Respondent,
    stored: Map<string, StoredAnswer>,
  ): Promise<(AnswerRow & { inserted: boolean })[]> {
    const ids = [...stored.keys()];
    if (!ids.length) return [];
    const params: unknown[] = [responseId, who.questionnaireId, who.category, who.country];
    const values = ids.map((questionId) => {
      const a = stored.get(questionId)!;
      params.push(questionId, a.choiceKeys, a.numberValue, a.textValue, a.countryValue);
      const n = params.length;
      return `($1, $${n - 4}::uuid, $2, $${n - 3}::varchar[], $${n - 2}::smallint, $${n - 1}::text, $${n}::char(2), $3, $4)`;
    });
    return this.manager.query(
      `INSERT INTO questionnaire_answers (response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country)
       VALUES ${values.join(', ')}
       ON CONFLICT (response_id, question_id) DO UPDATE SET choice_keys = EXCLUDED.choice_keys, number_value = EXCLUDED.number_value,
         text_value = EXCLUDED.text_value, country_value = EXCLUDED.country_value, respondent_category = EXCLUDED.respondent_category,
         respondent_country = EXCLUDED.respondent_country, updated_at = now()
       RETURNING ${ANSWER_COLUMNS}, (xmax = 0) AS inserted`,
      params,
    );
  }

  async deleteAnswers(ids: string[]): Promise<void> {
    if (ids.length) await this.manager.query(`DELETE FROM questionnaire_answers WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The counters' changes then the response row last, so the shared counter rows stay locked only until commit. */
  async markSubmitted(responseId: string, who: Respondent, shard: number, deltas: TallyDelta[]): Promise<ResponseRow> {
    const params: unknown[] = [responseId, who.category, who.country, who.questionnaireId, shard];
    const values = deltas.map((d) => {
      params.push(d.subject, d.item, d.category, d.country, d.delta);
      const n = params.length;
      return `($4::uuid, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $5::smallint, $${n}::int)`;
    });
    const tallies = deltas.length
      ? `WITH t AS (INSERT INTO questionnaire_tallies (questionnaire_id, subject, item, category, country, shard, count) VALUES ${values.join(', ')}
         ON CONFLICT (questionnaire_id, subject, item, category, country, shard) DO UPDATE SET count = questionnaire_tallies.count + EXCLUDED.count) `
      : '';
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [[saved]] = await this.manager.query(
      `${tallies}UPDATE questionnaire_responses SET status = 'submitted', draft = '{}', category = $2, country = $3, submitted_at = coalesce(submitted_at, now()), updated_at = now()
       WHERE id = $1 RETURNING *`,
      deltas.length ? params : params.slice(0, 3),
    );
    return saved;
  }
}
