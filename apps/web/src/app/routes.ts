// The page modules of every route, loaded on demand. main.tsx starts loading the current route's
// module at once, in parallel with the session check and the app's own code; the router uses the
// same (memoised) loaders, so the module is fetched once.

const once = <T>(load: () => Promise<T>) => {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
};

export const pageModules = {
  HomePage: once(() => import('../features/home/HomePage')),
  LoginPage: once(() => import('../features/auth/LoginPage')),
  RegisterPage: once(() => import('../features/auth/RegisterPage')),
  ProfilePage: once(() => import('../features/profile/ProfilePage')),
  AccountPage: once(() => import('../features/account/AccountPage')),
  OrganisationsPage: once(() => import('../features/organisations/OrganisationsPage')),
  NewOrganisationPage: once(() => import('../features/organisations/NewOrganisationPage')),
  OrganisationPage: once(() => import('../features/organisations/OrganisationPage')),
  AdminUsersPage: once(() => import('../features/admin/AdminUsersPage')),
  OutboxPage: once(() => import('../features/admin/OutboxPage')),
  AuditPage: once(() => import('../features/admin/AuditPage')),
  InvitationsPage: once(() => import('../features/invitations/InvitationsPage')),
  AcceptInvitationPage: once(() => import('../features/invitations/AcceptInvitationPage')),
  ForgotPasswordPage: once(() => import('../features/accounts/ForgotPasswordPage')),
  ResetPasswordPage: once(() => import('../features/accounts/ResetPasswordPage')),
  TokenLinkPage: once(() => import('../features/accounts/TokenLinkPage')),
  PrivacyPage: once(() => import('../features/privacy/PrivacyPage')),
  ConsultationsPage: once(() => import('../features/consultations/ConsultationsPage')),
  ConsultationPage: once(() => import('../features/consultations/ConsultationPage')),
  ConsultationEditorPage: once(() => import('../features/consultations/ConsultationEditorPage')),
  DashboardPage: once(() => import('../features/dashboard/DashboardPage')),
  BalancePage: once(() => import('../features/dashboard/BalancePage')),
  InterviewsPage: once(() => import('../features/interviews/InterviewsPage')),
  InterviewEditorPage: once(() => import('../features/interviews/InterviewEditorPage')),
  InterviewGuidePage: once(() => import('../features/interviews/InterviewGuidePage')),
  RoomsPage: once(() => import('../features/rooms/RoomsPage')),
  RoomPage: once(() => import('../features/rooms/RoomPage')),
  QuestionnaireAnswerPage: once(() => import('../features/questionnaires/QuestionnaireAnswerPage')),
  QuestionnaireBuilderPage: once(() => import('../features/questionnaires/QuestionnaireBuilderPage')),
  QuestionnaireResultsPage: once(() => import('../features/questionnaires/QuestionnaireResultsPage')),
  SynthesisPage: once(() => import('../features/synthesis/SynthesisPage')),
  StatementsPage: once(() => import('../features/synthesis/StatementsPage')),
  RoomSynthesisPage: once(() => import('../features/synthesis/RoomSynthesisPage')),
  ProposalsPage: once(() => import('../features/proposals/ProposalsPage')),
  ProposalPage: once(() => import('../features/proposals/ProposalPage')),
  ProposalFormPage: once(() => import('../features/proposals/ProposalFormPage')),
  NotificationsPage: once(() => import('../features/notifications/NotificationsPage')),
  ModerationPage: once(() => import('../features/moderation/ModerationPage')),
  PlansPage: once(() => import('../features/plan/PlansPage')),
  MonitoringPage: once(() => import('../features/accountability/MonitoringPage')),
  EvaluationsPage: once(() => import('../features/accountability/EvaluationsPage')),
  EvaluationEditorPage: once(() => import('../features/accountability/EvaluationEditorPage')),
  SummariesPage: once(() => import('../features/annual-summaries/SummariesPage')),
  SummaryPage: once(() => import('../features/annual-summaries/SummaryPage')),
  SummaryEditorPage: once(() => import('../features/annual-summaries/SummaryEditorPage')),
  PlanPage: once(() => import('../features/plan/PlanPage')),
  PlanEditorPage: once(() => import('../features/plan/PlanEditorPage')),
  PlanVersionsPage: once(() => import('../features/plan/PlanVersionsPage')),
  PlanSuggestionsPage: once(() => import('../features/plan/PlanSuggestionsPage')),
  MyContributionsPage: once(() => import('../features/my-contributions/MyContributionsPage')),
  NotFoundPage: once(() => import('../features/errors/NotFoundPage')),
};

export type PageModule = keyof typeof pageModules;

/** Route path -> [module, exported component]; '' is the home page. Order matters: first match wins. */
export const routeTable: [path: string, module: PageModule, component: string][] = [
  ['', 'HomePage', 'HomePage'],
  ['login', 'LoginPage', 'LoginPage'],
  ['register', 'RegisterPage', 'RegisterPage'],
  ['profile', 'ProfilePage', 'ProfilePage'],
  ['account', 'AccountPage', 'AccountPage'],
  ['organisations', 'OrganisationsPage', 'OrganisationsPage'],
  ['organisations/new', 'NewOrganisationPage', 'NewOrganisationPage'],
  ['organisations/:slug', 'OrganisationPage', 'OrganisationPage'],
  ['consultations', 'ConsultationsPage', 'ConsultationsPage'],
  ['consultations/new', 'ConsultationEditorPage', 'ConsultationEditorPage'],
  ['consultations/:slug', 'ConsultationPage', 'ConsultationPage'],
  ['consultations/:slug/edit', 'ConsultationEditorPage', 'ConsultationEditorPage'],
  ['consultations/:slug/questionnaire', 'QuestionnaireAnswerPage', 'QuestionnaireAnswerPage'],
  ['consultations/:slug/questionnaire/edit', 'QuestionnaireBuilderPage', 'QuestionnaireBuilderPage'],
  ['consultations/:slug/questionnaire/results', 'QuestionnaireResultsPage', 'QuestionnaireResultsPage'],
  ['consultations/:slug/balance', 'BalancePage', 'BalancePage'],
  ['consultations/:slug/dashboard', 'DashboardPage', 'DashboardPage'],
  ['consultations/:slug/interviews', 'InterviewsPage', 'InterviewsPage'],
  ['consultations/:slug/interviews/new', 'InterviewEditorPage', 'InterviewEditorPage'],
  ['consultations/:slug/interviews/:interviewId', 'InterviewEditorPage', 'InterviewEditorPage'],
  ['consultations/:slug/interview-guide', 'InterviewGuidePage', 'InterviewGuidePage'],
  ['dashboard', 'DashboardPage', 'OverallDashboardPage'],
  ['admin/users', 'AdminUsersPage', 'AdminUsersPage'],
  ['admin/outbox', 'OutboxPage', 'OutboxPage'],
  ['admin/audit', 'AuditPage', 'AuditPage'],
  ['admin/invitations', 'InvitationsPage', 'InvitationsPage'],
  ['invitation', 'AcceptInvitationPage', 'AcceptInvitationPage'],
  ['forgot-password', 'ForgotPasswordPage', 'ForgotPasswordPage'],
  ['reset-password', 'ResetPasswordPage', 'ResetPasswordPage'],
  ['verify-email', 'TokenLinkPage', 'VerifyEmailPage'],
  ['confirm-email', 'TokenLinkPage', 'ConfirmEmailPage'],
  ['sign-in-link', 'TokenLinkPage', 'SignInLinkPage'],
  ['rooms', 'RoomsPage', 'RoomsPage'],
  ['rooms/:id', 'RoomPage', 'RoomPage'],
  ['consultations/:slug/synthesis', 'SynthesisPage', 'SynthesisPage'],
  ['consultations/:slug/statements', 'StatementsPage', 'StatementsPage'],
  ['rooms/:id/synthesis', 'RoomSynthesisPage', 'RoomSynthesisPage'],
  ['proposals', 'ProposalsPage', 'ProposalsPage'],
  ['proposals/new', 'ProposalFormPage', 'ProposalFormPage'],
  ['proposals/:id', 'ProposalPage', 'ProposalPage'],
  ['proposals/:id/edit', 'ProposalFormPage', 'ProposalFormPage'],
  ['notifications', 'NotificationsPage', 'NotificationsPage'],
  ['moderation', 'ModerationPage', 'ModerationPage'],
  ['plans', 'PlansPage', 'PlansPage'],
  ['monitoring', 'MonitoringPage', 'MonitoringPage'],
  ['monitoring/evaluations', 'EvaluationsPage', 'EvaluationsPage'],
  ['monitoring/evaluations/:id', 'EvaluationEditorPage', 'EvaluationEditorPage'],
  ['summaries', 'SummariesPage', 'SummariesPage'],
  ['summaries/:plan/:year', 'SummaryPage', 'SummaryPage'],
  ['summaries/:plan/:year/edit', 'SummaryEditorPage', 'SummaryEditorPage'],
  ['plans/:slug', 'PlanPage', 'PlanPage'],
  ['plans/:slug/edit', 'PlanEditorPage', 'PlanEditorPage'],
  ['plans/:slug/versions', 'PlanVersionsPage', 'PlanVersionsPage'],
  ['plans/:slug/suggestions', 'PlanSuggestionsPage', 'PlanSuggestionsPage'],
  ['my-contributions', 'MyContributionsPage', 'MyContributionsPage'],
  ['privacy', 'PrivacyPage', 'PrivacyPage'],
  ['*', 'NotFoundPage', 'NotFoundPage'],
];

/** Whether a route path ('consultations/:slug', '*') matches a URL path. */
export function matchesRoute(route: string, pathname: string): boolean {
  if (route === '*') return true;
  const want = route.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  return want.length === got.length && want.every((segment, i) => segment.startsWith(':') || segment === got[i]);
}

/** Starts loading the page module of a URL path (errors are left to the router, which loads it again). */
export function preloadRoute(pathname: string): void {
  const route = routeTable.find(([path]) => matchesRoute(path, pathname));
  if (route) pageModules[route[1]]().catch(() => undefined);
}
