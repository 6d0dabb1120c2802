import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TEXT_TYPES, type MyResponse, type QuestionType, type SaveResponseRequest } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ContributionsService, type ContributionInput } from '../contributions/contributions.service';
import type { UserEntity } from '../users/user.entity';
import { validateAnswers, type StoredAnswer } from './answer-validation';
import type { QuestionEntity } from './question.entity';
import { loadContext, loadQuestions, type QuestionnaireContext } from './questionnaire-context';
import { toResponse } from './questionnaire.mapper';
import { QuestionnairesPolicy } from './questionnaires.policy';
import { shardOf, tallyDiff, type TallySide } from './tallies';
import { ResponsesRepository, type AnswerRow, type Respondent, type ResponseRow } from './responses.repository';

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
    const repo = new ResponsesRepository(this.db.manager);
    const row = await repo.find(ctx.questionnaireId!, user.id);
    if (!row) return null;
    const answers = row.status === 'submitted' ? await repo.answers(row.id) : [];
    return toResponse(row, questions, answers, this.accepts(ctx));
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
      if (created) return toResponse(created.saved, questions, created.answers, true);
    }
    const result = await this.db.transaction(async (manager) => {
      if (input.submit) {
        const first = await this.firstSubmission(manager, ctx, questions, stored, user);
        if (first) return toResponse(first.saved, questions, first.answers, true);
      }
      const repo = new ResponsesRepository(manager);
      const row = await repo.lockOrCreate(questionnaireId, user.id);
      if (!input.submit) {
        if (row.status === 'submitted') throw AppError.conflict('questionnaires.already_submitted');
        const draft = Object.fromEntries([...stored.keys()].map((id) => [id, input.answers[id]]));
        return toResponse(await repo.saveDraft(row.id, draft), questions, [], true);
      }
      const { answers, saved } = await this.submit(manager, ctx, questions, row, stored, user);
      return toResponse(saved, questions, answers, true);
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
    const who = this.respondent(ctx, user);
    const category = user.category;
    const country = who.country;
    const responseId = randomUUID();
    const texts: ContributionInput[] = [];
    const answers = [...stored.entries()].map(([questionId, answer]) => {
      const id = randomUUID();
      if (TEXT_TYPES.includes(types.get(questionId)!) && answer.textValue) {
        texts.push({
          source: 'questionnaire_answer',
          sourceRef: id,
          consultationId: ctx.consultationId,
          text: answer.textValue,
          category,
          country,
          authorUserId: user.id,
        });
      }
      return { id, questionId, answer };
    });
    const created = await new ResponsesRepository(this.db.manager).insertSubmitted(
      who,
      { id: responseId, shard: shardOf(responseId), answers, tallies: this.firstTallies(types, stored, category, country) },
      (params) =>
        this.contributions.freshBatchSql(
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
        ),
    );
    return created ?? null;
  }

  private respondent(ctx: QuestionnaireContext, user: UserEntity): Respondent {
    return { questionnaireId: ctx.questionnaireId!, userId: user.id, category: user.category, country: user.country ?? null };
  }

  /** The counters a first submission adds, sorted by key (tallyDiff). */
  private firstTallies(types: Map<string, QuestionType>, stored: Map<string, StoredAnswer>, category: string, country: string | null) {
    const after: TallySide = {
      category,
      country,
      respondent: true,
      answers: new Map([...stored.entries()].filter(([id]) => types.has(id)).map(([id, answer]) => [id, { type: types.get(id)!, answer }])),
    };
    return tallyDiff(null, after);
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
    const found = await new ResponsesRepository(manager).submitFirst(
      this.respondent(ctx, user),
      stored,
      this.firstTallies(types, stored, category, country),
    );
    if (!found) return null;
    const { answers: current, saved } = found;
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
    const repo = new ResponsesRepository(manager);
    const who = this.respondent(ctx, user);
    const previous = row.status === 'submitted' ? await repo.answers(row.id) : [];
    const prevById = new Map(previous.map((a) => [a.questionId, a]));
    const category = user.category;
    const country = user.country ?? null;
    const profileChanged = row.category !== category || row.country !== country;

    // Upsert the answers (ids stay stable across edits), delete the ones now left blank.
    const current = await repo.upsertAnswers(row.id, who, stored);
    const dropped = previous.filter((a) => !stored.has(a.questionId));
    await repo.deleteAnswers(dropped.map((a) => a.id));

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
    const saved = await repo.markSubmitted(row.id, who, shardOf(row.id), tallyDiff(before, after));
    return { answers: current.map(({ inserted: _, ...a }) => a), saved };
  }
}
