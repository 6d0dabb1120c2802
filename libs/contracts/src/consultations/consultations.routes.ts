import { route } from '../common/routes';
import {
  consultationListQuerySchema,
  consultationStatusRequestSchema,
  contributionListQuerySchema,
  createConsultationRequestSchema,
  facilitatorsRequestSchema,
  updateConsultationRequestSchema,
} from './consultations.contracts';
import type { Page } from '../common/pagination';
import type { Consultation, Contribution } from './consultations.contracts';

/** ConsultationsController (consultations/consultations.controller.ts). */
export const CONSULTATIONS_ROUTES = {
  list: route('GET', '/consultations', { query: consultationListQuerySchema }).returns<Page<Consultation>>(),
  create: route('POST', '/consultations', { body: createConsultationRequestSchema }).returns<Consultation>(),
  get: route('GET', '/consultations/:idOrSlug').returns<Consultation>(),
  update: route('PATCH', '/consultations/:id', { body: updateConsultationRequestSchema }).returns<Consultation>(),
  status: route('POST', '/consultations/:id/status', { body: consultationStatusRequestSchema }).returns<Consultation>(),
  facilitators: route('PUT', '/consultations/:id/facilitators', { body: facilitatorsRequestSchema }).returns<Consultation>(),
} as const;

/** ContributionsController (contributions/contributions.controller.ts). */
export const CONTRIBUTIONS_ROUTES = {
  list: route('GET', '/consultations/:id/contributions', { query: contributionListQuerySchema }).returns<Page<Contribution>>(),
} as const;
