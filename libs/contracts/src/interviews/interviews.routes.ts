import { route } from '../common/routes';
import {
  createInterviewRequestSchema,
  interviewGuideRequestSchema,
  interviewListQuerySchema,
  keyPointRequestSchema,
  updateInterviewRequestSchema,
} from './interviews.contracts';
import type { Interview, InterviewGuide, InterviewProgress, InterviewSummary, KeyPoint } from './interviews.contracts';
import type { Page } from '../common/pagination';

/** ConsultationInterviewsController (interviews/interviews.controller.ts). */
export const CONSULTATION_INTERVIEWS_ROUTES = {
  guide: route('GET', '/consultations/:consultationId/interview-guide').returns<InterviewGuide>(),
  setGuide: route('PUT', '/consultations/:consultationId/interview-guide', { body: interviewGuideRequestSchema }).returns<InterviewGuide>(),
  list: route('GET', '/consultations/:consultationId/interviews', { query: interviewListQuerySchema }).returns<Page<InterviewSummary>>(),
  progress: route('GET', '/consultations/:consultationId/interviews-progress').returns<InterviewProgress>(),
  create: route('POST', '/consultations/:consultationId/interviews', { body: createInterviewRequestSchema }).returns<Interview>(),
} as const;

/** InterviewsController (interviews/interviews.controller.ts). */
export const INTERVIEWS_ROUTES = {
  get: route('GET', '/interviews/:id').returns<Interview>(),
  update: route('PATCH', '/interviews/:id', { body: updateInterviewRequestSchema }).returns<Interview>(),
  remove: route('DELETE', '/interviews/:id').returns<void>(),
  addKeyPoint: route('POST', '/interviews/:id/key-points', { body: keyPointRequestSchema }).returns<KeyPoint>(),
  updateKeyPoint: route('PUT', '/interviews/:id/key-points/:keyPointId', { body: keyPointRequestSchema }).returns<KeyPoint>(),
  removeKeyPoint: route('DELETE', '/interviews/:id/key-points/:keyPointId').returns<void>(),
} as const;
