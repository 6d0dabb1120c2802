import { ROUTES } from '@polyphony/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api-client';

export type { MyOrganisation } from '@polyphony/contracts';

/** The organisations the signed-in person belongs to or asked to join, with their role and the request's state. */
export function useMyOrganisations() {
  return useQuery({ queryKey: ['me', 'organisations'], queryFn: () => call(ROUTES.me.myOrganisations) });
}
