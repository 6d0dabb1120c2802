import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const LoginPage = page(() => import('../features/auth/LoginPage'), 'LoginPage');
const RegisterPage = page(() => import('../features/auth/RegisterPage'), 'RegisterPage');
const ProfilePage = page(() => import('../features/profile/ProfilePage'), 'ProfilePage');
const AccountPage = page(() => import('../features/account/AccountPage'), 'AccountPage');
const OrganisationsPage = page(() => import('../features/organisations/OrganisationsPage'), 'OrganisationsPage');
const NewOrganisationPage = page(() => import('../features/organisations/NewOrganisationPage'), 'NewOrganisationPage');
const OrganisationPage = page(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage');
const AdminUsersPage = page(() => import('../features/admin/AdminUsersPage'), 'AdminUsersPage');
const PrivacyPage = page(() => import('../features/privacy/PrivacyPage'), 'PrivacyPage');
const ConsultationsPage = page(() => import('../features/consultations/ConsultationsPage'), 'ConsultationsPage');
const ConsultationPage = page(() => import('../features/consultations/ConsultationPage'), 'ConsultationPage');
const ConsultationEditorPage = page(() => import('../features/consultations/ConsultationEditorPage'), 'ConsultationEditorPage');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const OverallDashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'OverallDashboardPage');
const BalancePage = page(() => import('../features/dashboard/BalancePage'), 'BalancePage');
const InterviewsPage = page(() => import('../features/interviews/InterviewsPage'), 'InterviewsPage');
const InterviewEditorPage = page(() => import('../features/interviews/InterviewEditorPage'), 'InterviewEditorPage');
const InterviewGuidePage = page(() => import('../features/interviews/InterviewGuidePage'), 'InterviewGuidePage');
const RoomsPage = page(() => import('../features/rooms/RoomsPage'), 'RoomsPage');
const RoomPage = page(() => import('../features/rooms/RoomPage'), 'RoomPage');
const QuestionnaireAnswerPage = page(() => import('../features/questionnaires/QuestionnaireAnswerPage'), 'QuestionnaireAnswerPage');
const QuestionnaireBuilderPage = page(() => import('../features/questionnaires/QuestionnaireBuilderPage'), 'QuestionnaireBuilderPage');
const QuestionnaireResultsPage = page(() => import('../features/questionnaires/QuestionnaireResultsPage'), 'QuestionnaireResultsPage');
const SynthesisPage = page(() => import('../features/synthesis/SynthesisPage'), 'SynthesisPage');
const StatementsPage = page(() => import('../features/synthesis/StatementsPage'), 'StatementsPage');
const RoomSynthesisPage = page(() => import('../features/synthesis/RoomSynthesisPage'), 'RoomSynthesisPage');
const ProposalsPage = page(() => import('../features/proposals/ProposalsPage'), 'ProposalsPage');
const ProposalPage = page(() => import('../features/proposals/ProposalPage'), 'ProposalPage');
const ProposalFormPage = page(() => import('../features/proposals/ProposalFormPage'), 'ProposalFormPage');
const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
const ModerationPage = page(() => import('../features/moderation/ModerationPage'), 'ModerationPage');
const PlansPage = page(() => import('../features/plan/PlansPage'), 'PlansPage');
const MonitoringPage = page(() => import('../features/accountability/MonitoringPage'), 'MonitoringPage');
const EvaluationsPage = page(() => import('../features/accountability/EvaluationsPage'), 'EvaluationsPage');
const EvaluationEditorPage = page(() => import('../features/accountability/EvaluationEditorPage'), 'EvaluationEditorPage');
const SummariesPage = page(() => import('../features/annual-summaries/SummariesPage'), 'SummariesPage');
const SummaryPage = page(() => import('../features/annual-summaries/SummaryPage'), 'SummaryPage');
const SummaryEditorPage = page(() => import('../features/annual-summaries/SummaryEditorPage'), 'SummaryEditorPage');
const PlanPage = page(() => import('../features/plan/PlanPage'), 'PlanPage');
const PlanEditorPage = page(() => import('../features/plan/PlanEditorPage'), 'PlanEditorPage');
const PlanVersionsPage = page(() => import('../features/plan/PlanVersionsPage'), 'PlanVersionsPage');
const PlanSuggestionsPage = page(() => import('../features/plan/PlanSuggestionsPage'), 'PlanSuggestionsPage');
const MyContributionsPage = page(() => import('../features/my-contributions/MyContributionsPage'), 'MyContributionsPage');
const SetupWizardPage = page(() => import('../features/settings/SetupWizardPage'), 'SetupWizardPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const TaxonomyPage = page(() => import('../features/settings/TaxonomyPage'), 'TaxonomyPage');
const PublicTextsPage = page(() => import('../features/settings/PublicTextsPage'), 'PublicTextsPage');
const AboutPage = page(() => import('../features/settings/AboutPage'), 'AboutPage');
const TermsPage = page(() => import('../features/settings/AboutPage'), 'TermsPage');
const NotFoundPage = page(() => import('../features/errors/NotFoundPage'), 'NotFoundPage');

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/new', element: <NewOrganisationPage /> },
      { path: 'organisations/:slug', element: <OrganisationPage /> },
      { path: 'consultations', element: <ConsultationsPage /> },
      { path: 'consultations/new', element: <ConsultationEditorPage /> },
      { path: 'consultations/:slug', element: <ConsultationPage /> },
      { path: 'consultations/:slug/edit', element: <ConsultationEditorPage /> },
      { path: 'consultations/:slug/questionnaire', element: <QuestionnaireAnswerPage /> },
      { path: 'consultations/:slug/questionnaire/edit', element: <QuestionnaireBuilderPage /> },
      { path: 'consultations/:slug/questionnaire/results', element: <QuestionnaireResultsPage /> },
      { path: 'consultations/:slug/balance', element: <BalancePage /> },
      { path: 'consultations/:slug/dashboard', element: <DashboardPage /> },
      { path: 'consultations/:slug/interviews', element: <InterviewsPage /> },
      { path: 'consultations/:slug/interviews/new', element: <InterviewEditorPage /> },
      { path: 'consultations/:slug/interviews/:interviewId', element: <InterviewEditorPage /> },
      { path: 'consultations/:slug/interview-guide', element: <InterviewGuidePage /> },
      { path: 'dashboard', element: <OverallDashboardPage /> },
      { path: 'admin/users', element: <AdminUsersPage /> },
      { path: 'rooms', element: <RoomsPage /> },
      { path: 'rooms/:id', element: <RoomPage /> },
      { path: 'consultations/:slug/synthesis', element: <SynthesisPage /> },
      { path: 'consultations/:slug/statements', element: <StatementsPage /> },
      { path: 'rooms/:id/synthesis', element: <RoomSynthesisPage /> },
      { path: 'proposals', element: <ProposalsPage /> },
      { path: 'proposals/new', element: <ProposalFormPage /> },
      { path: 'proposals/:id', element: <ProposalPage /> },
      { path: 'proposals/:id/edit', element: <ProposalFormPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'moderation', element: <ModerationPage /> },
      { path: 'plans', element: <PlansPage /> },
      { path: 'monitoring', element: <MonitoringPage /> },
      { path: 'monitoring/evaluations', element: <EvaluationsPage /> },
      { path: 'monitoring/evaluations/:id', element: <EvaluationEditorPage /> },
      { path: 'summaries', element: <SummariesPage /> },
      { path: 'summaries/:plan/:year', element: <SummaryPage /> },
      { path: 'summaries/:plan/:year/edit', element: <SummaryEditorPage /> },
      { path: 'plans/:slug', element: <PlanPage /> },
      { path: 'plans/:slug/edit', element: <PlanEditorPage /> },
      { path: 'plans/:slug/versions', element: <PlanVersionsPage /> },
      { path: 'plans/:slug/suggestions', element: <PlanSuggestionsPage /> },
      { path: 'my-contributions', element: <MyContributionsPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'setup', element: <SetupWizardPage /> },
      { path: 'admin/settings', element: <SettingsPage /> },
      { path: 'admin/taxonomy', element: <TaxonomyPage /> },
      { path: 'admin/texts', element: <PublicTextsPage /> },
      { path: 'about', element: <AboutPage /> },
      { path: 'terms', element: <TermsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
