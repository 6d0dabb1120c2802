import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  STAKEHOLDER_CATEGORIES,
  TEXT_TYPES,
  type QuestionResult,
  type QuestionnaireResults,
  type ResultsQuery,
  type StakeholderCategory,
  type TextAnswer,
  type textAnswersQuerySchema,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import type { UserEntity } from '../users/user.entity';
import type { QuestionEntity } from './question.entity';
import { loadContext, loadQuestions } from './questionnaire-context';
import { QuestionnairesPolicy } from './questionnaires.policy';
import { ANSWERED, NO_COUNTRY, RESPONDENTS } from './tallies';
import { QuestionnaireResultsRepository } from './questionnaire-results.repository';
import type { Parsed } from '../core/errors/zod-validation';

/** Per-question figures from the counters of one filter (all, a category, a country). */
export function questionResult(q: QuestionEntity, counts: Map<string, number>): QuestionResult {
  const get = (item: string) => counts.get(item) ?? 0;
  const base: QuestionResult = { questionId: q.id, type: q.type, answered: get(ANSWERED) };
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, options: q.options.map((o) => ({ key: o.key, count: get(o.key) })) };
    case 'scale': {
      const { min, max } = q.scale ?? { min: 1, max: 5 };
      const distribution = Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, count: get(String(min + i)) }));
      const total = distribution.reduce((n, d) => n + d.count, 0);
      const mean = total ? Math.round((distribution.reduce((s, d) => s + d.value * d.count, 0) / total) * 100) / 100 : null;
      return { ...base, scale: { distribution, mean } };
    }
    case 'ranking': {
      const n = q.options.length;
      const ranking = q.options.map((o) => {
        let total = 0;
        let sum = 0;
        let borda = 0;
        for (let pos = 1; pos <= n; pos++) {
          const c = get(`${o.key}@${pos}`);
          total += c;
          sum += pos * c;
          borda += (n - pos) * c;
        }
        return { key: o.key, meanPosition: total ? Math.round((sum / total) * 100) / 100 : null, borda, first: get(`${o.key}@1`) };
      });
      return { ...base, ranking };
    }
    case 'country': {
      const countries = [...counts.entries()]
        .filter(([item]) => item !== ANSWERED)
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
      return { ...base, countries };
    }
    default:
      return base;
  }
}

@Injectable()
export class ResultsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The questionnaire of a consultation whose data the viewer may see (officials, its facilitators). */
  async forData(idOrSlug: string, viewer?: UserEntity) {
    if (!viewer) throw AppError.unauthenticated();
    const ctx = await loadContext(this.db.manager, idOrSlug, viewer);
    if (!QuestionnairesPolicy.canSeeResults(viewer, ctx.isFacilitator)) throw AppError.forbidden();
    if (!ctx.questionnaireId) throw AppError.notFound();
    return { ctx, questions: await loadQuestions(this.db.manager, ctx.questionnaireId, ctx.version) };
  }

  /** Results from the counters: one aggregate query whatever the number of answers. */
  async results(idOrSlug: string, viewer: UserEntity | undefined, filters: ResultsQuery): Promise<QuestionnaireResults> {
    const { ctx, questions } = await this.forData(idOrSlug, viewer);
    // Respondents per category and country; per question, items over the filtered respondents.
    const rows = await new QuestionnaireResultsRepository(this.db.manager).tallies(ctx.questionnaireId!, filters);
    const bySubject = new Map<string, Map<string, number>>();
    const byCategory = new Map<string, number>();
    const byCountry = new Map<string, number>();
    let respondents = 0;
    for (const r of rows) {
      if (r.subject === RESPONDENTS) {
        respondents += r.n;
        byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.n);
        if (r.country !== NO_COUNTRY) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.n);
        continue;
      }
      if (!bySubject.has(r.subject)) bySubject.set(r.subject, new Map());
      bySubject.get(r.subject)!.set(r.item, r.n);
    }
    return {
      respondents,
      filters,
      byCategory: STAKEHOLDER_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({
        category: category as StakeholderCategory,
        count: byCategory.get(category)!,
      })),
      byCountry: [...byCountry.entries()]
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
      questions: questions.map((q) => questionResult(q, bySubject.get(q.id) ?? new Map())),
    };
  }

  /** Free-text answers of one question, newest first, keyset paginated, filtered by category and country. */
  async texts(
    idOrSlug: string,
    viewer: UserEntity | undefined,
    query: Parsed<typeof textAnswersQuerySchema>,
  ): Promise<{ items: TextAnswer[]; nextCursor: string | null }> {
    const { questions } = await this.forData(idOrSlug, viewer);
    const textQuestions = questions.filter((q) => TEXT_TYPES.includes(q.type));
    const questionId = query.questionId ?? textQuestions[0]?.id;
    if (!questionId) return { items: [], nextCursor: null };
    if (!textQuestions.some((q) => q.id === questionId)) throw AppError.validation([{ path: 'questionId', code: 'invalid_option' }]);
    const rows = await new QuestionnaireResultsRepository(this.db.manager).textAnswers(questionId, {
      category: query.category,
      country: query.country,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [r.at, r.answer.id]);
    return { items: page.items.map((r) => r.answer), nextCursor: page.nextCursor };
  }
}
