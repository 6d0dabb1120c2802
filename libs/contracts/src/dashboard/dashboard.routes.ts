import { route } from '../common/routes';
import type { Dashboard } from './dashboard.contracts';

/** DashboardController (dashboard/dashboard.controller.ts). */
export const DASHBOARD_ROUTES = {
  overall: route('GET', '/dashboard').returns<Dashboard>(),
  forConsultation: route('GET', '/consultations/:id/dashboard').returns<Dashboard>(),
  publicBalance: route('GET', '/consultations/:id/balance').returns<Dashboard>(),
} as const;
