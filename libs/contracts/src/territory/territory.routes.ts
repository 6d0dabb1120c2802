import { route } from '../common/routes';
import type { Territory } from './territory.contracts';

/** TerritoryController (territory/territory.controller.ts). */
export const TERRITORY_ROUTES = {
  get: route('GET', '/territory').returns<Territory>(),
} as const;
