import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TEXT_TYPES, type AnswerValue, type MyResponse, type QuestionType, type SaveResponseRequest } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ContributionsService, type ContributionInput } from '../contributions/contributions.service';
import type { UserEntity } from '../users/user.entity';
import { checkAnswer, toAnswerValue, validateAnswers, type StoredAnswer } from './answer-validation';
import type { QuestionEntity } from './question.entity';
import { loadContext, loadQuestions, type QuestionnaireContext } from './questionnaire-context';
import { QuestionnairesPolicy } from './questionnaires.policy';
import { shardOf, TALLY_SHARDS, tallyDiff, type TallySide } from './tallies';

interface ResponseRow {
  id: string;
  status: 'draft' | 'submitted';
  draft: Record<string, AnswerValue>;
  category: string | null;
  country: string | null;
  submitted_at: Date | null;
  updated_at: Date;
}

interface AnswerRow extends StoredAnswer {
  id: string;
  questionId: string;
}

const ANSWER_COLUMNS = `id, question_id AS "questionId", choice_keys AS "choiceKeys", number_value AS "numberValue", text_value AS "textValue", country_value AS "countryValue"`;

const sameAnswer = (a: StoredAnswer, b: StoredAnswer) =>
  a.textValue === b.textValue &&
  a.numberValue === b.numberValue &&
  a.countryValue === b.countryValue &&
  JSON.stringify(a.choiceKeys) === JSON.stringify(b.choiceKeys);

@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contributions: ContributionsService,
  ) {}

  private accepts(ctx: QuestionnaireContext) {
    return QuestionnairesPolicy.acceptsAnswers(
      ctx.status,
      ctx.consultationEndsOn ? [{ kind: 'consultation', endsOn: ctx.consultationEndsOn }] : [],
    );
  }

  private async questionnaire(idOrSlug: string, user: UserEntity) {
    const ctx = await loadContext(this.db.manager, idOrSlug, user);
    if (!ctx.questionnaireId || !QuestionnairesPolicy.canSee(user, ctx.status, ctx.isFacilitator)) throw AppError.notFound();
    return { ctx, questions: await loadQuestions(this.db.manager, ctx.questionnaireId, ctx.version) };
  }

  /** The signed-in person's response (draft or submitted), or null. */
  async mine(idOrSlug: string, user: UserEntity): Promise<MyResponse | null> {
    const { ctx, questions } = await this.questionnaire(idOrSlug, user);
    const [row]: ResponseRow[] = await this.db.query(`SELECT * FROM questionnaire_responses WHERE questionnaire_id = $1 AND user_id = $2`, [
      ctx.questionnaireId,
      user.id,
    ]);
    if (!row) return null;
    const answers: AnswerRow[] =
      row.status === 'submitted'
        ? await this.db.query(`SELECT ${ANSWER_COLUMNS} FROM questionnaire_answers WHERE response_id = $1`, [row.id])
        : [];
    return this.toResponse(row, questions, answers, this.accepts(ctx));
  }

  private toResponse(row: ResponseRow, questions: QuestionEntity[], answers: AnswerRow[], editable: boolean): MyResponse {
    const out: Record<string, AnswerValue> = {};
    if (row.status === 'submitted') {
      const byQuestion = new Map(questions.map((q) => [q.id, q]));
      for (const a of answers) {
        const q = byQuestion.get(a.questionId);
        if (q) out[q.id] = toAnswerValue(q, a);
      }
    } else {
      // A draft may predate a structure change: keep only what still fits its question.
      for (const q of questions) {
        const value = row.draft[q.id];
        if (value !== undefined && value !== null && !checkAnswer(q, value).problem) out[q.id] = value;
      }
    }
    return {
      id: row.id,
      status: row.status,
      answers: out,
      submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
      updatedAt: new Date(row.updated_at).toISOString(),
      editable,
    };
  }

  /**
   * Saves a draft or submits. A submission writes the answers, the counters and the free-text
   * contributions in one transaction, under the response row's lock: two submissions of the
   * same person racing each other run one after the other and leave one consistent response.
   * Three paths, fastest first: no row yet (one statement, newSubmission), a draft (two statements
   * in a transaction, firstSubmission), an update of submitted answers (the general path, submit).
   */
  async save(idOrSlug: string, user: UserEntity, input: SaveResponseRequest): Promise<MyResponse> {
    const { ctx, questions } = await this.questionnaire(idOrSlug, user);
    if (!this.accepts(ctx)) throw AppError.conflict('consultations.closed');
    const { problems, stored } = validateAnswers(questions, input.answers, input.submit);
    if (problems.length) throw AppError.validation(problems);
    const questionnaireId = ctx.questionnaireId!;

    if (input.submit) {
      const created = await this.newSubmission(ctx, questions, stored, user);
      if (created) return this.toResponse(created.saved, questions, created.answers, true);
    }
    const result = await this.db.transaction(async (manager) => {
      if (input.submit) {
        const first = await this.firstSubmission(manager, ctx, questions, stored, user);
        if (first) return this.toResponse(first.saved, questions, first.answers, true);
      }
      // Creates the row or locks the existing one (ON CONFLICT DO UPDATE takes the row lock).
      const [row]: ResponseRow[] = await manager.query(
        `INSERT INTO questionnaire_responses (questionnaire_id, user_id) VALUES ($1, $2)
         ON CONFLICT (questionnaire_id, user_id) DO UPDATE SET updated_at = now()
         RETURNING id, status, draft, category, country, submitted_at, updated_at`,
        [questionnaireId, user.id],
      );
      if (!input.submit) {
        if (row.status === 'submitted') throw AppError.conflict('questionnaires.already_submitted');
        const draft = Object.fromEntries([...stored.keys()].map((id) => [id, input.answers[id]]));
        const [[saved]] = await manager.query(
          `UPDATE questionnaire_responses SET draft = $2, updated_at = now() WHERE id = $1 RETURNING *`,
          [row.id, JSON.stringify(draft)],
        );
        return this.toResponse(saved, questions, [], true);
      }
      const { answers, saved } = await this.submit(manager, ctx, questions, row, stored, user);
      return this.toResponse(saved, questions, answers, true);
    });
    return result;
  }

  /**
   * A submission by someone with no response row yet (not even a draft), in ONE statement, its own
   * transaction: the response row, its answers, the counters, the free-text contributions, the
   * participation and the balance aggregate (ContributionsService.freshBatchSql). The ids are made
   * here so that every row is known before the statement runs. Null when a row exists (or a racing
   * request created it first): nothing was written, and the transaction path takes over.
   */
  private async newSubmission(
    ctx: QuestionnaireContext,
    questions: QuestionEntity[],
    stored: Map<string, StoredAnswer>,
    user: UserEntity,
  ): Promise<{ answers: AnswerRow[]; saved: ResponseRow } | null> {
    const types = new Map(questions.map((q) => [q.id, q.type]));
    const category = user.category;
    const country = user.country ?? null;
    const responseId = randomUUID();
    const params: unknown[] = [ctx.questionnaireId, user.id, category, country, responseId, shardOf(responseId)];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const texts: ContributionInput[] = [];
    const answers = [...stored.entries()].map(([questionId, a]) => {
      const id = randomUUID();
      if (TEXT_TYPES.includes(types.get(questionId)!) && a.textValue) {
        texts.push({
          source: 'questionnaire_answer',
          sourceRef: id,
          consultationId: ctx.consultationId,
          text: a.textValue,
          category,
          country,
          authorUserId: user.id,
        });
      }
      return `(${$(id)}::uuid, ${$(questionId)}::uuid, ${$(a.choiceKeys)}::varchar[], ${$(a.numberValue)}::smallint, ${$(a.textValue)}::text, ${$(a.countryValue)}::char(2))`;
    });
    const tallies = this.tallyValues(types, stored, category, country, $);
    const contributions = this.contributions.freshBatchSql(
      texts,
      // Answering counts in the stakeholder balance even with choices only.
      [
        {
          source: 'questionnaire_response',
          sourceRef: responseId,
          consultationId: ctx.consultationId,
          category,
          country,
          authorUserId: user.id,
        },
      ],
      params,
      'EXISTS (SELECT 1 FROM r)',
    );
    const [found]: (ResponseRow & { answers: AnswerRow[] })[] = await this.db.query(
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
       )${contributions ? `, ${contributions}` : ''}
       SELECT r.*, ${answers.length ? `(SELECT coalesce(json_agg(a), '[]') FROM a)` : `'[]'::json`} AS answers FROM r`,
      params,
    );
    if (!found) return null;
    const { answers: current, ...saved } = found;
    return { answers: current, saved };
  }

  /** The counters a first submission adds, as VALUES rows (n, subject, item, category, country, delta) sorted by key (tallyDiff): every transaction locks them in the same order. */
  private tallyValues(
    types: Map<string, QuestionType>,
    stored: Map<string, StoredAnswer>,
    category: string,
    country: string | null,
    $: (value: unknown) => string,
  ): string {
    const after: TallySide = {
      category,
      country,
      respondent: true,
      answers: new Map([...stored.entries()].filter(([id]) => types.has(id)).map(([id, answer]) => [id, { type: types.get(id)!, answer }])),
    };
    return tallyDiff(null, after)
      .map(
        (d, i) =>
          `(${i}, ${$(d.subject)}::varchar, ${$(d.item)}::varchar, ${$(d.category)}::varchar, ${$(d.country)}::varchar, ${$(d.delta)}::int)`,
      )
      .join(', ');
  }

  /**
   * A first submission (no response yet, or a draft) in two statements: one creates or submits the
   * response row, inserts its answers and adds to the counters; one records the free-text
   * contributions and the participation. Null, with the row locked all the same, when the response
   * was already submitted: the caller then takes the general path.
   */
  private async firstSubmission(
    manager: EntityManager,
    ctx: QuestionnaireContext,
    questions: QuestionEntity[],
    stored: Map<string, StoredAnswer>,
    user: UserEntity,
  ): Promise<{ answers: AnswerRow[]; saved: ResponseRow } | null> {
    const types = new Map(questions.map((q) => [q.id, q.type]));
    const category = user.category;
    const country = user.country ?? null;
    const params: unknown[] = [ctx.questionnaireId, user.id, category, country];
    const answers = [...stored.entries()].map(([questionId, a]) => {
      params.push(questionId, a.choiceKeys, a.numberValue, a.textValue, a.countryValue);
      const n = params.length;
      return `($${n - 4}::uuid, $${n - 3}::varchar[], $${n - 2}::smallint, $${n - 1}::text, $${n}::char(2))`;
    });
    const tallies = this.tallyValues(types, stored, category, country, (value) => `$${params.push(value)}`);
    // ON CONFLICT DO UPDATE ... WHERE locks the existing row even when it leaves it as it is.
    const [found]: (ResponseRow & { answers: AnswerRow[] })[] = await manager.query(
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
         FROM r CROSS JOIN (VALUES ${tallies}) AS v(n, subject, item, category, country, delta)
         ORDER BY v.n
         ON CONFLICT (questionnaire_id, subject, item, category, country, shard) DO UPDATE SET count = questionnaire_tallies.count + EXCLUDED.count
       )
       SELECT r.*, ${answers.length ? `(SELECT coalesce(json_agg(a), '[]') FROM a)` : `'[]'::json`} AS answers FROM r`,
      params,
    );
    if (!found) return null;
    const { answers: current, ...saved } = found;
    const texts = current.filter((a) => TEXT_TYPES.includes(types.get(a.questionId)!));
    await this.contributions.recordMany(
      manager,
      texts.map((a) => ({
        source: 'questionnaire_answer',
        sourceRef: a.id,
        consultationId: ctx.consultationId,
        text: a.textValue ?? '',
        category,
        country,
        authorUserId: user.id,
      })),
      // Answering counts in the stakeholder balance even with choices only.
      [
        {
          source: 'questionnaire_response',
          sourceRef: saved.id,
          consultationId: ctx.consultationId,
          category,
          country,
          authorUserId: user.id,
        },
      ],
      // The answer rows were created just now: no contribution can refer to them yet.
      { fresh: true },
    );
    return { answers: current, saved };
  }

  /**
   * Writes a submission in four statements whatever the number of questions: the answers, their
   * free-text contributions and the participation (ContributionsService.recordMany), then the
   * counters with the response row last, so the shared counter rows stay locked only until commit.
   */
  private async submit(
    manager: EntityManager,
    ctx: QuestionnaireContext,
    questions: QuestionEntity[],
    row: ResponseRow,
    stored: Map<string, StoredAnswer>,
    user: UserEntity,
  ): Promise<{ answers: AnswerRow[]; saved: ResponseRow }> {
    const types = new Map(questions.map((q) => [q.id, q.type]));
    const previous: AnswerRow[] =
      row.status === 'submitted'
        ? await manager.query(`SELECT ${ANSWER_COLUMNS} FROM questionnaire_answers WHERE response_id = $1`, [row.id])
        : [];
    const prevById = new Map(previous.map((a) => [a.questionId, a]));
    const category = user.category;
    const country = user.country ?? null;
    const profileChanged = row.category !== category || row.country !== country;

    // Upsert the answers (ids stay stable across edits), delete the ones now left blank.
    const ids = [...stored.keys()];
    let current: (AnswerRow & { inserted: boolean })[] = [];
    if (ids.length) {
      const params: unknown[] = [row.id, ctx.questionnaireId, category, country];
      const values = ids.map((questionId) => {
        const a = stored.get(questionId)!;
        params.push(questionId, a.choiceKeys, a.numberValue, a.textValue, a.countryValue);
        const n = params.length;
        return `($1, $${n - 4}::uuid, $2, $${n - 3}::varchar[], $${n - 2}::smallint, $${n - 1}::text, $${n}::char(2), $3, $4)`;
      });
      current = await manager.query(
        `INSERT INTO questionnaire_answers (response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country)
         VALUES ${values.join(', ')}
         ON CONFLICT (response_id, question_id) DO UPDATE SET choice_keys = EXCLUDED.choice_keys, number_value = EXCLUDED.number_value,
           text_value = EXCLUDED.text_value, country_value = EXCLUDED.country_value, respondent_category = EXCLUDED.respondent_category,
           respondent_country = EXCLUDED.respondent_country, updated_at = now()
         RETURNING ${ANSWER_COLUMNS}, (xmax = 0) AS inserted`,
        params,
      );
    }
    const dropped = previous.filter((a) => !stored.has(a.questionId));
    if (dropped.length) await manager.query(`DELETE FROM questionnaire_answers WHERE id = ANY($1::uuid[])`, [dropped.map((a) => a.id)]);

    // Free text feeds synthesis: one contribution per text answer, kept in step with it.
    const texts = current.filter((a) => {
      if (!TEXT_TYPES.includes(types.get(a.questionId)!)) return false;
      const prev = prevById.get(a.questionId);
      return !(prev && sameAnswer(prev, a) && !profileChanged);
    });
    await this.contributions.recordMany(
      manager,
      texts.map((a) => ({
        source: 'questionnaire_answer',
        sourceRef: a.id,
        consultationId: ctx.consultationId,
        text: a.textValue ?? '',
        category,
        country,
        authorUserId: user.id,
      })),
      // Answering counts in the stakeholder balance even with choices only.
      row.status !== 'submitted'
        ? [
            {
              source: 'questionnaire_response',
              sourceRef: row.id,
              consultationId: ctx.consultationId,
              category,
              country,
              authorUserId: user.id,
            },
          ]
        : [],
      // Answer rows inserted just now have no contribution yet.
      { fresh: texts.every((a) => a.inserted) },
    );
    for (const a of dropped)
      if (TEXT_TYPES.includes(types.get(a.questionId)!)) await this.contributions.remove(manager, 'questionnaire_answer', a.id);

    // Counters: take away what the previous submission added, add the new one.
    const side = (
      answers: { questionId: string; answer: StoredAnswer }[],
      cat: string,
      ctry: string | null,
      respondent: boolean,
    ): TallySide => ({
      category: cat,
      country: ctry,
      respondent,
      answers: new Map(
        answers
          .filter((a) => types.has(a.questionId))
          .map((a) => [a.questionId, { type: types.get(a.questionId) as QuestionType, answer: a.answer }]),
      ),
    });
    const before =
      row.status === 'submitted'
        ? side(
            previous.map((a) => ({ questionId: a.questionId, answer: a })),
            row.category ?? category,
            row.country,
            true,
          )
        : null;
    const after = side(
      [...stored.entries()].map(([questionId, answer]) => ({ questionId, answer })),
      category,
      country,
      true,
    );
    const deltas = tallyDiff(before, after);
    const params: unknown[] = [row.id, category, country, ctx.questionnaireId, shardOf(row.id)];
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
    const [[saved]] = await manager.query(
      `${tallies}UPDATE questionnaire_responses SET status = 'submitted', draft = '{}', category = $2, country = $3, submitted_at = coalesce(submitted_at, now()), updated_at = now()
       WHERE id = $1 RETURNING *`,
      deltas.length ? params : params.slice(0, 3),
    );
    return { answers: current.map(({ inserted: _, ...a }) => a), saved };
  }
}
