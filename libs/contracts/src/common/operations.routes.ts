import { route, type FileResponse } from './routes';
import type { TranslationHealth } from '../translation/translation.contracts';

/** HealthController (core/observability/health.controller.ts). */
export const HEALTH_ROUTES = {
  health: route('GET', '/health').returns<{ translation?: TranslationHealth }>(),
} as const;

/** MetricsController (core/observability/metrics.ts). */
export const METRICS_ROUTES = {
  metrics: route('GET', '/metrics').returns<FileResponse<'text/plain'>>(),
} as const;
