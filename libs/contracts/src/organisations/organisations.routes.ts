import { route } from '../common/routes';
import {
  createOrganisationRequestSchema,
  joinRequestSchema,
  membershipDecisionSchema,
  organisationListQuerySchema,
  updateOrganisationRequestSchema,
} from './organisations.contracts';
import type { Page } from '../common/pagination';
import type { Membership, Organisation } from './organisations.contracts';

/** OrganisationsController (organisations/organisations.controller.ts). */
export const ORGANISATIONS_ROUTES = {
  list: route('GET', '/organisations', { query: organisationListQuerySchema }).returns<Page<Organisation>>(),
  create: route('POST', '/organisations', { body: createOrganisationRequestSchema }).returns<Organisation>(),
  get: route('GET', '/organisations/:idOrSlug').returns<Organisation>(),
  update: route('PATCH', '/organisations/:id', { body: updateOrganisationRequestSchema }).returns<Organisation>(),
  join: route('POST', '/organisations/:id/join', { body: joinRequestSchema }).returns<Membership>(),
  members: route('GET', '/organisations/:id/members').returns<{ items: Membership[] }>(),
  decide: route('POST', '/organisations/:id/members/:userId/decision', { body: membershipDecisionSchema }).returns<Membership>(),
  remove: route('DELETE', '/organisations/:id/members/:userId').returns<void>(),
} as const;
