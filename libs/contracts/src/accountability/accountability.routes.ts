import { route } from '../common/routes';
import {
  networkRequestSchema,
  partnerRequestSchema,
  recordExternalityRequestSchema,
  recordMeasurementRequestSchema,
  updateActionTrackingRequestSchema,
} from './accountability.contracts';
import {
  createEvaluationRequestSchema,
  followUpRequestSchema,
  publishEvaluationRequestSchema,
  updateEvaluationRequestSchema,
} from './evaluations.contracts';
import { approveTranslationRequestSchema, fillLanguagesRequestSchema } from '../plan/plan.contracts';
import type {
  ActionTracking,
  Externality,
  Measurement,
  Monitoring,
  NetworkMembership,
  Partner,
  Partnerships,
  TrackedAction,
} from './accountability.contracts';
import type { Evaluation, EvaluationList, EvaluationRecommendation } from './evaluations.contracts';

/** AccountabilityController (accountability/accountability.controller.ts). */
export const ACCOUNTABILITY_ROUTES = {
  monitoring: route('GET', '/accountability/plans/:idOrSlug').returns<Monitoring>(),
  updateAction: route('PUT', '/accountability/actions/:actionId', { body: updateActionTrackingRequestSchema }).returns<ActionTracking>(),
  measure: route('POST', '/accountability/indicators/:indicatorId/measurements', {
    body: recordMeasurementRequestSchema,
  }).returns<Measurement>(),
  externality: route('POST', '/accountability/plans/:planId/externalities', {
    body: recordExternalityRequestSchema,
  }).returns<Externality>(),
  partnerships: route('GET', '/accountability/partnerships').returns<Partnerships>(),
  savePartner: route('PUT', '/accountability/partners', { body: partnerRequestSchema }).returns<Partner>(),
  saveNetwork: route('PUT', '/accountability/networks', { body: networkRequestSchema }).returns<NetworkMembership>(),
} as const;

/** EvaluationsController (accountability/evaluations.controller.ts). */
export const EVALUATIONS_ROUTES = {
  list: route('GET', '/accountability/plans/:idOrSlug/evaluations').returns<EvaluationList>(),
  create: route('POST', '/accountability/plans/:idOrSlug/evaluations', { body: createEvaluationRequestSchema }).returns<Evaluation>(),
  get: route('GET', '/accountability/evaluations/:id').returns<Evaluation>(),
  update: route('PUT', '/accountability/evaluations/:id', { body: updateEvaluationRequestSchema }).returns<Evaluation>(),
  publish: route('POST', '/accountability/evaluations/:id/publish', { body: publishEvaluationRequestSchema }).returns<Evaluation>(),
  remove: route('DELETE', '/accountability/evaluations/:id').returns<void>(),
  followUp: route('PUT', '/accountability/evaluations/:id/recommendations/:recommendationId/follow-up', {
    body: followUpRequestSchema,
  }).returns<EvaluationRecommendation>(),
} as const;

/** TrackingLanguagesController (accountability/tracking-languages.controller.ts). */
export const TRACKING_LANGUAGES_ROUTES = {
  fill: route('POST', '/accountability/actions/:actionId/fill-languages', { body: fillLanguagesRequestSchema }).returns<TrackedAction>(),
  approve: route('POST', '/accountability/actions/:actionId/approve-translation', {
    body: approveTranslationRequestSchema,
  }).returns<TrackedAction>(),
} as const;
