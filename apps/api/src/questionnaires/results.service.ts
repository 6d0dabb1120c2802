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
import type { Parsed } from '../core/errors/zod-validation';

interface TallyRow {
  subject: string;
  item: string;
  category: string;
  country: string;
  n: number;
}

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
    const params: unknown[] = [ctx.questionnaireId];
    let where = '';
    if (filters.category) where += ` AND category = $${params.push(filters.category)}`;
    if (filters.country) where += ` AND country = $${params.push(filters.country)}`;
    // Respondents per category and country; per question, items over the filtered respondents.
    const rows: TallyRow[] = await this.db.query(
      `SELECT subject, item, CASE WHEN subject = '${RESPONDENTS}' THEN category ELSE '' END AS category,
              CASE WHEN subject = '${RESPONDENTS}' THEN country ELSE '' END AS country, sum(count)::int AS n
       FROM questionnaire_tallies WHERE questionnaire_id = $1${where}
       GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0`,
      params,
    );
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
    const params: unknown[] = [questionId];
    let where = '';
    if (query.category) where += ` AND respondent_category = $${params.push(query.category)}`;
    if (query.country) where += ` AND respondent_country = $${params.push(query.country)}`;
    const after = decodeCursor(query.cursor, 2);
    if (after) where += ` AND (created_at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`;
    const rows: {
      id: string;
      question_id: string;
      text_value: string;
      language: string | null;
      respondent_category: StakeholderCategory;
      respondent_country: string | null;
      created_at: Date;
      at: string;
    }[] = await this.db.query(
      `SELECT id, question_id, text_value, respondent_category, respondent_country, created_at, created_at::text AS at,
         (SELECT c.language FROM contributions c WHERE c.source = 'questionnaire_answer' AND c.source_ref = questionnaire_answers.id::text) AS language
       FROM questionnaire_answers
       WHERE question_id = $1 AND text_value IS NOT NULL${where} ORDER BY created_at DESC, id DESC LIMIT ${query.limit + 1}`,
      params,
    );
    const page = toPage(rows, query.limit, (r) => [r.at, r.id]);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        questionId: r.question_id,
        text: r.text_value,
        language: r.language ?? 'und',
        category: r.respondent_category,
        country: r.respondent_country,
        answeredAt: r.created_at.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
