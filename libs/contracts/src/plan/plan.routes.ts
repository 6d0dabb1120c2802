import { route, type FileResponse } from '../common/routes';
import {
  answerAnnotationRequestSchema,
  approveTranslationRequestSchema,
  createAnnotationRequestSchema,
  createPlanRequestSchema,
  createSectionRequestSchema,
  createSuggestionRequestSchema,
  createVersionRequestSchema,
  decideSuggestionRequestSchema,
  diffQuerySchema,
  fatesQuerySchema,
  fillLanguagesRequestSchema,
  moveSectionRequestSchema,
  planExportQuerySchema,
  planQuerySchema,
  planStatusRequestSchema,
  renameVersionRequestSchema,
  removeSectionQuerySchema,
  reviewRequestSchema,
  sourcesQuerySchema,
  suggestionListQuerySchema,
  updatePlanRequestSchema,
  suggestionCandidatesQuerySchema,
  annotationListQuerySchema,
  updateSectionRequestSchema,
} from './plan.contracts';
import type {
  ContributionFate,
  Annotation,
  Plan,
  PlanDiff,
  PlanListItem,
  PlanSection,
  PlanVersionSummary,
  SectionSources,
  Suggestion,
  SuggestionCandidate,
} from './plan.contracts';
import type { Page } from '../common/pagination';

/** PlanExportsController (plan/exports/plan-exports.controller.ts). */
export const PLAN_EXPORTS_ROUTES = {
  pdf: route('GET', '/plans/:idOrSlug/export/pdf', { query: planExportQuerySchema }).returns<FileResponse<'application/pdf'>>(),
  html: route('GET', '/plans/:idOrSlug/export/html', { query: planExportQuerySchema }).returns<FileResponse<'text/html'>>(),
} as const;

/** PlanFatesController (plan/fates/plan-fates.controller.ts). */
export const PLAN_FATES_ROUTES = {
  mine: route('GET', '/contribution-fates/mine', { query: fatesQuerySchema }).returns<Page<ContributionFate>>(),
  organisation: route('GET', '/contribution-fates/organisations/:organisationId', { query: fatesQuerySchema }).returns<
    Page<ContributionFate>
  >(),
  one: route('GET', '/contribution-fates/:contributionId').returns<ContributionFate>(),
} as const;

/** PlanLanguagesController (plan/languages/plan-languages.controller.ts). */
export const PLAN_LANGUAGES_ROUTES = {
  fill: route('POST', '/plans/:id/sections/:sectionId/fill-languages', { body: fillLanguagesRequestSchema }).returns<PlanSection>(),
  approve: route('POST', '/plans/:id/sections/:sectionId/approve-translation', {
    body: approveTranslationRequestSchema,
  }).returns<PlanSection>(),
} as const;

/** PlanController (plan/plan.controller.ts). */
export const PLAN_ROUTES = {
  list: route('GET', '/plans').returns<PlanListItem[]>(),
  create: route('POST', '/plans', { body: createPlanRequestSchema }).returns<Plan>(),
  get: route('GET', '/plans/:idOrSlug', { query: planQuerySchema }).returns<Plan>(),
  update: route('PATCH', '/plans/:id', { body: updatePlanRequestSchema }).returns<Plan>(),
  status: route('POST', '/plans/:id/status', { body: planStatusRequestSchema }).returns<Plan>(),
  createSection: route('POST', '/plans/:id/sections', { body: createSectionRequestSchema }).returns<PlanSection>(),
  updateSection: route('PUT', '/plans/:id/sections/:sectionId', { body: updateSectionRequestSchema }).returns<PlanSection>(),
  move: route('POST', '/plans/:id/sections/:sectionId/move', { body: moveSectionRequestSchema }).returns<PlanSection>(),
  remove: route('DELETE', '/plans/:id/sections/:sectionId', { query: removeSectionQuerySchema }).returns<void>(),
  sectionSources: route('GET', '/plans/:idOrSlug/sections/:sectionId/sources', { query: sourcesQuerySchema }).returns<SectionSources>(),
} as const;

/** PlanReviewController (plan/review/plan-review.controller.ts). */
export const PLAN_REVIEW_ROUTES = {
  list: route('GET', '/plans/:idOrSlug/versions/:number/annotations', { query: annotationListQuerySchema }).returns<Page<Annotation>>(),
  create: route('POST', '/plans/:idOrSlug/versions/:number/annotations', { body: createAnnotationRequestSchema }).returns<Annotation>(),
  answer: route('POST', '/plans/:idOrSlug/annotations/:annotationId/answer', { body: answerAnnotationRequestSchema }).returns<Annotation>(),
} as const;

/** PlanSuggestionsController (plan/suggestions/plan-suggestions.controller.ts). */
export const PLAN_SUGGESTIONS_ROUTES = {
  candidates: route('GET', '/plans/:idOrSlug/suggestion-candidates', { query: suggestionCandidatesQuerySchema }).returns<
    SuggestionCandidate[]
  >(),
  list: route('GET', '/plans/:idOrSlug/suggestions', { query: suggestionListQuerySchema }).returns<Page<Suggestion>>(),
  create: route('POST', '/plans/:idOrSlug/suggestions', { body: createSuggestionRequestSchema }).returns<Suggestion>(),
  get: route('GET', '/plans/:idOrSlug/suggestions/:id').returns<Suggestion>(),
  decide: route('POST', '/plans/:idOrSlug/suggestions/:id/decision', { body: decideSuggestionRequestSchema }).returns<Suggestion>(),
} as const;

/** PlanVersionsController (plan/versions/plan-versions.controller.ts). */
export const PLAN_VERSIONS_ROUTES = {
  list: route('GET', '/plans/:idOrSlug/versions').returns<PlanVersionSummary[]>(),
  create: route('POST', '/plans/:idOrSlug/versions', { body: createVersionRequestSchema }).returns<PlanVersionSummary>(),
  rename: route('PATCH', '/plans/:idOrSlug/versions/:number', { body: renameVersionRequestSchema }).returns<PlanVersionSummary>(),
  restore: route('POST', '/plans/:idOrSlug/versions/:number/restore').returns<Plan>(),
  review: route('POST', '/plans/:idOrSlug/versions/:number/review', { body: reviewRequestSchema }).returns<PlanVersionSummary>(),
  diff: route('GET', '/plans/:idOrSlug/diff', { query: diffQuerySchema }).returns<PlanDiff>(),
} as const;
