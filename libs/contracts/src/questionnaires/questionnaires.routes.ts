import { route, type FileResponse } from '../common/routes';
import type { MyResponse, Questionnaire, QuestionnaireResults, TextAnswer } from './questionnaires.contracts';
import {
  questionnaireExportQuerySchema,
  resultsQuerySchema,
  saveQuestionnaireRequestSchema,
  saveResponseRequestSchema,
  textAnswersQuerySchema,
} from './questionnaires.contracts';

/** QuestionnairesController (questionnaires/questionnaires.controller.ts). */
export const QUESTIONNAIRES_ROUTES = {
  get: route('GET', '/consultations/:consultation/questionnaire').returns<Questionnaire>(),
  save: route('PUT', '/consultations/:consultation/questionnaire', { body: saveQuestionnaireRequestSchema }).returns<Questionnaire>(),
  mine: route('GET', '/consultations/:consultation/questionnaire/response').returns<{ response: MyResponse | null }>(),
  answer: route('PUT', '/consultations/:consultation/questionnaire/response', { body: saveResponseRequestSchema }).returns<MyResponse>(),
  resultsOf: route('GET', '/consultations/:consultation/questionnaire/results', {
    query: resultsQuerySchema,
  }).returns<QuestionnaireResults>(),
  texts: route('GET', '/consultations/:consultation/questionnaire/texts', { query: textAnswersQuerySchema }).returns<{
    items: TextAnswer[];
    nextCursor: string | null;
  }>(),
  csv: route('GET', '/consultations/:consultation/questionnaire/export.csv', { query: questionnaireExportQuerySchema }).returns<
    FileResponse<'text/csv'>
  >(),
  xlsx: route('GET', '/consultations/:consultation/questionnaire/export.xlsx', { query: questionnaireExportQuerySchema }).returns<
    FileResponse<'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'>
  >(),
} as const;
