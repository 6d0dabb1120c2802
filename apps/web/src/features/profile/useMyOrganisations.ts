import { useQuery } from '@tanstack/react-query';
import type { MembershipRole, MembershipStatus, OrganisationCategory } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export interface MyOrganisation {
  id: string;
  name: string;
  slug: string;
  category: OrganisationCategory;
  role: MembershipRole;
  status: MembershipStatus;
}

/** The organisations the signed-in person belongs to or asked to join, with their role and the request's state. */
export function useMyOrganisations() {
  return useQuery({ queryKey: ['me', 'organisations'], queryFn: () => api<{ items: MyOrganisation[] }>('/api/me/organisations') });
}
