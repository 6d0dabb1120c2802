import { route, type FileResponse } from '../common/routes';
import {
  generateSummaryRequestSchema,
  publishSummaryRequestSchema,
  summaryPdfQuerySchema,
  summaryQuerySchema,
  updateSummaryRequestSchema,
} from './annual-summaries.contracts';
import type { AnnualSummary, AnnualSummaryList } from './annual-summaries.contracts';

/** AnnualSummariesController (annual-summaries/annual-summaries.controller.ts). */
export const ANNUAL_SUMMARIES_ROUTES = {
  list: route('GET', '/summaries').returns<AnnualSummaryList>(),
  generate: route('POST', '/summaries', { body: generateSummaryRequestSchema }).returns<AnnualSummary>(),
  update: route('PUT', '/summaries/:id', { body: updateSummaryRequestSchema }).returns<AnnualSummary>(),
  publish: route('POST', '/summaries/:id/publish', { body: publishSummaryRequestSchema }).returns<AnnualSummary>(),
  discard: route('DELETE', '/summaries/:id').returns<void>(),
  get: route('GET', '/summaries/:plan/:year', { query: summaryQuerySchema }).returns<AnnualSummary>(),
  pdf: route('GET', '/summaries/:plan/:year/pdf', { query: summaryPdfQuerySchema }).returns<FileResponse<'application/pdf'>>(),
} as const;
