import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { writeCsv } from '../core/export/csv';
import { exportLabels } from '../core/export/export-labels';
import { TerritoryService } from '../territory/territory.service';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { TEXT_TYPES, pickTranslation, type CsvSeparator, type Language } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { TranslationService } from '../translation/translation.service';
import type { UserEntity } from '../users/user.entity';
import type { QuestionEntity } from './question.entity';
import { QuestionnairesPolicy } from './questionnaires.policy';
import { ResultsService } from './results.service';
import { QuestionnaireResultsRepository, type ExportAnswer } from './questionnaire-results.repository';

const PAGE = 2000;

/** A stable pseudonym for a response: the same in every export, revealing nothing. */
export const pseudonym = (responseId: string) => `R-${createHash('sha256').update(responseId).digest('hex').slice(0, 10)}`;

function cell(q: QuestionEntity, a: ExportAnswer | undefined, lang: Language, labels: Labels): string | number {
  if (!a) return '';
  const label = (key: string) => pickTranslation(q.options.find((o) => o.key === key)?.label, lang) || key;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return (a.choice_keys ?? []).map(label).join('; ');
    case 'ranking':
      return (a.choice_keys ?? []).map((k, i) => `${i + 1}. ${label(k)}`).join('; ');
    case 'scale':
      return a.number_value ?? '';
    case 'country':
      return labels.country(a.country_value);
    default:
      return a.text_value ?? '';
  }
}

type Labels = ReturnType<typeof exportLabels>;

const isText = (q: QuestionEntity) => TEXT_TYPES.includes(q.type);

/**
 * All submitted responses, one row per response and one column per question, streamed page by page, labelled
 * in the export's language (categories, countries, languages; dates in the territory's time zone). A free-text
 * question has two more columns: the answer's language and its machine translation into the export's language
 * (from the cache, the missing ones through the engine in bulk, bounded); the answer itself stays as written.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: ResultsService,
    private readonly translation: TranslationService,
    private readonly territory: TerritoryService,
  ) {}

  async prepare(idOrSlug: string, viewer: UserEntity | undefined, lang: Language) {
    const { ctx, questions } = await this.results.forData(idOrSlug, viewer);
    const personal = QuestionnairesPolicy.canSeePersonalData(viewer);
    const t = (key: string) => serverI18n().getFixedT(lang, 'questionnaires')(`export.${key}`) as string;
    const mt = serverI18n().getFixedT(lang, 'translation');
    const translatedTo = mt('export.machineTranslation', { language: mt(`languages.${lang}`) });
    const header = [
      t('respondent'),
      ...(personal ? [t('name'), t('email')] : []),
      t('category'),
      t('country'),
      t('submitted_at'),
      t('updated_at'),
      ...questions.flatMap((q, i) => {
        const prompt = `Q${i + 1}. ${pickTranslation(q.prompt, lang)}`;
        return isText(q) ? [prompt, `Q${i + 1}. ${mt('export.language')}`, `Q${i + 1}. ${translatedTo}`] : [prompt];
      }),
    ];
    const labels = exportLabels(lang, await this.territory.timeZone());
    const rows = this.rows(ctx.questionnaireId!, questions, personal, lang, labels);
    return { header, rows, slug: ctx.consultationId.slice(0, 8), sheet: t('sheet') };
  }

  private async *rows(
    questionnaireId: string,
    questions: QuestionEntity[],
    personal: boolean,
    lang: Language,
    labels: Labels,
  ): AsyncGenerator<(string | number)[]> {
    const repo = new QuestionnaireResultsRepository(this.db.manager);
    let after: [string, string] | null = null;
    for (;;) {
      const page = await repo.exportPage(questionnaireId, personal, after, PAGE);
      if (!page.length) return;
      const answers = await repo.exportAnswers(page.map((r) => r.id));
      const texts = answers.filter((a) => a.text_value && questions.some((q) => q.id === a.question_id && isText(q)));
      const languages = await repo.answerLanguages(texts.map((a) => a.id));
      const translated = await this.translation.forExport(
        texts.map((a) => ({ text: a.text_value!, from: languages.get(a.id) })),
        lang,
      );
      const translations = new Map(texts.map((a, i) => [a.id, { from: languages.get(a.id) ?? '', text: translated[i] ?? '' }]));
      const byResponse = new Map<string, Map<string, ExportAnswer>>();
      for (const a of answers) {
        if (!byResponse.has(a.response_id)) byResponse.set(a.response_id, new Map());
        byResponse.get(a.response_id)!.set(a.question_id, a);
      }
      for (const r of page) {
        const mine = byResponse.get(r.id);
        yield [
          pseudonym(r.id),
          ...(personal ? [r.display_name ?? '', r.email ?? ''] : []),
          labels.category(r.category),
          labels.country(r.country),
          labels.date(r.submitted_at),
          labels.date(r.updated_at),
          ...questions.flatMap((q) => {
            const a = mine?.get(q.id);
            if (!isText(q)) return [cell(q, a, lang, labels)];
            const tr = a ? translations.get(a.id) : undefined;
            return [cell(q, a, lang, labels), labels.language(tr?.from), tr?.text ?? ''];
          }),
        ];
      }
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      after = [last.at, last.id];
    }
  }

  writeCsv(out: Writable, header: string[], rows: AsyncGenerator<(string | number)[]>, separator: CsvSeparator) {
    return writeCsv(out, header, rows, { separator });
  }

  async writeXlsx(out: Writable, header: string[], rows: AsyncGenerator<(string | number)[]>, sheetName: string) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    const top = sheet.addRow(header);
    top.font = { bold: true };
    top.commit();
    for await (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  }
}
