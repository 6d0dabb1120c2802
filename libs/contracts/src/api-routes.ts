/** Every route of the API, by controller: the one map the controllers' decorators and the web client read. */
import { ACCOUNTABILITY_ROUTES, EVALUATIONS_ROUTES, TRACKING_LANGUAGES_ROUTES } from './accountability/accountability.routes';
import { ANNUAL_SUMMARIES_ROUTES } from './annual-summaries/annual-summaries.routes';
import { AUDIT_ROUTES, ACCOUNTS_ROUTES, ACCOUNTS_ADMIN_ROUTES, INVITATIONS_ROUTES } from './accounts/accounts.routes';
import { AUTH_ROUTES, OIDC_ROUTES } from './auth/auth.routes';
import { CONSULTATIONS_ROUTES, CONTRIBUTIONS_ROUTES } from './consultations/consultations.routes';
import { HEALTH_ROUTES, METRICS_ROUTES } from './common/operations.routes';
import { DASHBOARD_ROUTES } from './dashboard/dashboard.routes';
import { CONSULTATION_INTERVIEWS_ROUTES, INTERVIEWS_ROUTES } from './interviews/interviews.routes';
import { MODERATION_ROUTES } from './moderation/moderation.routes';
import { NOTIFICATIONS_ROUTES } from './notifications/notifications.routes';
import { ORGANISATIONS_ROUTES } from './organisations/organisations.routes';
import {
  PLAN_EXPORTS_ROUTES,
  PLAN_FATES_ROUTES,
  PLAN_LANGUAGES_ROUTES,
  PLAN_ROUTES,
  PLAN_REVIEW_ROUTES,
  PLAN_SUGGESTIONS_ROUTES,
  PLAN_VERSIONS_ROUTES,
} from './plan/plan.routes';
import { PROPOSAL_COMMENTS_ROUTES, PROPOSALS_ROUTES } from './proposals/proposals.routes';
import { PUBLIC_TEXTS_ROUTES, TAXONOMY_ROUTES, SETTINGS_ROUTES } from './settings/settings.routes';
import { QUESTIONNAIRES_ROUTES } from './questionnaires/questionnaires.routes';
import { ROOMS_ROUTES } from './rooms/rooms.routes';
import { STATEMENTS_ROUTES, SYNTHESIS_ROUTES } from './synthesis/synthesis.routes';
import { TERRITORY_ROUTES } from './territory/territory.routes';
import { TRANSLATION_ROUTES } from './translation/translation.routes';
import { ME_ROUTES, USERS_ROUTES } from './users/users.routes';

export const ROUTES = {
  accountability: ACCOUNTABILITY_ROUTES,
  evaluations: EVALUATIONS_ROUTES,
  trackingLanguages: TRACKING_LANGUAGES_ROUTES,
  annualSummaries: ANNUAL_SUMMARIES_ROUTES,
  audit: AUDIT_ROUTES,
  accounts: ACCOUNTS_ROUTES,
  accountsAdmin: ACCOUNTS_ADMIN_ROUTES,
  invitations: INVITATIONS_ROUTES,
  auth: AUTH_ROUTES,
  oidc: OIDC_ROUTES,
  consultations: CONSULTATIONS_ROUTES,
  contributions: CONTRIBUTIONS_ROUTES,
  health: HEALTH_ROUTES,
  metrics: METRICS_ROUTES,
  dashboard: DASHBOARD_ROUTES,
  consultationInterviews: CONSULTATION_INTERVIEWS_ROUTES,
  interviews: INTERVIEWS_ROUTES,
  moderation: MODERATION_ROUTES,
  notifications: NOTIFICATIONS_ROUTES,
  organisations: ORGANISATIONS_ROUTES,
  planExports: PLAN_EXPORTS_ROUTES,
  planFates: PLAN_FATES_ROUTES,
  planLanguages: PLAN_LANGUAGES_ROUTES,
  plan: PLAN_ROUTES,
  planReview: PLAN_REVIEW_ROUTES,
  planSuggestions: PLAN_SUGGESTIONS_ROUTES,
  planVersions: PLAN_VERSIONS_ROUTES,
  proposalComments: PROPOSAL_COMMENTS_ROUTES,
  proposals: PROPOSALS_ROUTES,
  publicTexts: PUBLIC_TEXTS_ROUTES,
  taxonomy: TAXONOMY_ROUTES,
  settings: SETTINGS_ROUTES,
  questionnaires: QUESTIONNAIRES_ROUTES,
  rooms: ROOMS_ROUTES,
  statements: STATEMENTS_ROUTES,
  synthesis: SYNTHESIS_ROUTES,
  territory: TERRITORY_ROUTES,
  translation: TRANSLATION_ROUTES,
  me: ME_ROUTES,
  users: USERS_ROUTES,
} as const;
