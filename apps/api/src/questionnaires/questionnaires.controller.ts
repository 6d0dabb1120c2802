import { Controller, Param, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import {
  csvSeparatorFor,
  questionnaireExportQuerySchema,
  resultsQuerySchema,
  saveQuestionnaireRequestSchema,
  saveResponseRequestSchema,
  textAnswersQuerySchema,
  type QuestionnaireExportQuery,
  type ResultsQuery,
  type SaveResponseRequest,
  QUESTIONNAIRES_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ExportsService } from './exports.service';
import { QuestionnairesService } from './questionnaires.service';
import { ResponsesService } from './responses.service';
import { ResultsService } from './results.service';

@ApiTags('questionnaires')
@Controller()
export class QuestionnairesController {
  constructor(
    private readonly questionnaires: QuestionnairesService,
    private readonly responses: ResponsesService,
    private readonly results: ResultsService,
    private readonly exports: ExportsService,
  ) {}

  @Route(QUESTIONNAIRES_ROUTES.get)
  @ApiOperation({ summary: 'The consultation’s questionnaire: sections and questions in every offered language' })
  get(@Param('consultation') consultation: string, @CurrentUser() viewer?: UserEntity) {
    return this.questionnaires.get(consultation, viewer);
  }

  @Route(QUESTIONNAIRES_ROUTES.save)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Create or replace the structure (answered questions cannot be deleted or change type)' })
  save(
    @Param('consultation') consultation: string,
    @CurrentUser() actor: UserEntity,
    @ZodBody(saveQuestionnaireRequestSchema) body: z.output<typeof saveQuestionnaireRequestSchema>,
  ) {
    return this.questionnaires.save(actor, consultation, body);
  }

  @Route(QUESTIONNAIRES_ROUTES.mine)
  @SignedIn()
  @ApiOperation({ summary: 'My response (draft or submitted), or null' })
  async mine(@Param('consultation') consultation: string, @CurrentUser() user: UserEntity) {
    return { response: await this.responses.mine(consultation, user) };
  }

  @Route(QUESTIONNAIRES_ROUTES.answer)
  @SignedIn()
  @ApiOperation({ summary: 'Save a draft (submit: false) or submit / update submitted answers (submit: true)' })
  answer(
    @Param('consultation') consultation: string,
    @CurrentUser() user: UserEntity,
    @ZodBody(saveResponseRequestSchema) body: SaveResponseRequest,
  ) {
    return this.responses.save(consultation, user, body);
  }

  @Route(QUESTIONNAIRES_ROUTES.resultsOf)
  @SignedIn()
  @ApiOperation({ summary: 'Results per question, respondents per category and country (officials, facilitators)' })
  resultsOf(
    @Param('consultation') consultation: string,
    @CurrentUser() viewer: UserEntity,
    @ZodQuery(resultsQuerySchema) query: ResultsQuery,
  ) {
    return this.results.results(consultation, viewer, query);
  }

  @Route(QUESTIONNAIRES_ROUTES.texts)
  @SignedIn()
  @ApiOperation({ summary: 'Free-text answers of a question, newest first (officials, facilitators)' })
  texts(
    @Param('consultation') consultation: string,
    @CurrentUser() viewer: UserEntity,
    @ZodQuery(textAnswersQuerySchema) query: Parsed<typeof textAnswersQuerySchema>,
  ) {
    return this.results.texts(consultation, viewer, query);
  }

  @Route(QUESTIONNAIRES_ROUTES.csv)
  @SignedIn()
  @ApiOperation({ summary: 'All responses as CSV (names and e-mails for officials only)' })
  async csv(
    @Param('consultation') consultation: string,
    @CurrentUser() viewer: UserEntity,
    @ZodQuery(questionnaireExportQuerySchema) query: QuestionnaireExportQuery,
    @Res() res: Response,
  ) {
    const lang = query.lang ?? viewer.preferredLanguage;
    const { header, rows, slug } = await this.exports.prepare(consultation, viewer, lang);
    this.download(res, 'text/csv; charset=utf-8', `questionnaire-${slug}.csv`);
    await this.exports.writeCsv(res, header, rows, query.separator ?? csvSeparatorFor(lang));
  }

  @Route(QUESTIONNAIRES_ROUTES.xlsx)
  @SignedIn()
  @ApiOperation({ summary: 'All responses as an Excel workbook (names and e-mails for officials only)' })
  async xlsx(
    @Param('consultation') consultation: string,
    @CurrentUser() viewer: UserEntity,
    @ZodQuery(questionnaireExportQuerySchema) query: QuestionnaireExportQuery,
    @Res() res: Response,
  ) {
    const lang = query.lang ?? viewer.preferredLanguage;
    const { header, rows, slug, sheet } = await this.exports.prepare(consultation, viewer, lang);
    this.download(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `questionnaire-${slug}.xlsx`);
    await this.exports.writeXlsx(res, header, rows, sheet);
  }

  private download(res: Response, type: string, filename: string) {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
  }
}
