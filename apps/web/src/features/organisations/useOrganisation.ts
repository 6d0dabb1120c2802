import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Membership, MembershipDecision, Organisation, UpdateOrganisationRequest } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export const organisationKey = (slug: string) => ['organisations', 'one', slug] as const;
export const membersKey = (id: string) => ['organisations', 'members', id] as const;

export function useOrganisation(slug: string) {
  return useQuery({
    queryKey: organisationKey(slug),
    queryFn: () => api<Organisation>(`/api/organisations/${encodeURIComponent(slug)}`),
  });
}

export function useMembers(id: string | undefined) {
  return useQuery({
    queryKey: membersKey(id ?? ''),
    queryFn: () => api<{ items: Membership[] }>(`/api/organisations/${id}/members`),
    enabled: Boolean(id),
  });
}

/** Join, leave, decide and edit: each refreshes the organisation, its members and "my organisations". */
export function useOrganisationActions(org: Organisation | undefined, slug: string) {
  const queryClient = useQueryClient();
  const id = org?.id ?? '';
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: organisationKey(slug) }),
      queryClient.invalidateQueries({ queryKey: membersKey(id) }),
      queryClient.invalidateQueries({ queryKey: ['me', 'organisations'] }),
      queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] }),
    ]);
  const join = useMutation({
    mutationFn: (message: string) =>
      api<Membership>(`/api/organisations/${id}/join`, { method: 'POST', body: message.trim() ? { message: message.trim() } : {} }),
    onSuccess: refresh,
  });
  const removeMember = useMutation({
    mutationFn: (userId: string) => api<void>(`/api/organisations/${id}/members/${userId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: ({ userId, ...body }: MembershipDecision & { userId: string }) =>
      api<Membership>(`/api/organisations/${id}/members/${userId}/decision`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => api<Organisation>(`/api/organisations/${id}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationKey(slug), updated);
      return refresh();
    },
  });
  return { join, removeMember, decide, update };
}
