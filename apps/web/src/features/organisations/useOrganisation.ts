import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type MembershipDecision, type Organisation, type UpdateOrganisationRequest } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export const organisationKey = (slug: string) => ['organisations', 'one', slug] as const;
export const membersKey = (id: string) => ['organisations', 'members', id] as const;

export function useOrganisation(slug: string) {
  return useQuery({
    queryKey: organisationKey(slug),
    queryFn: () => call(ROUTES.organisations.get, { params: { idOrSlug: slug } }),
  });
}

export function useMembers(id: string | undefined) {
  return useQuery({
    queryKey: membersKey(id ?? ''),
    queryFn: () => call(ROUTES.organisations.members, { params: { id: id! } }),
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
      call(ROUTES.organisations.join, { params: { id }, body: message.trim() ? { message: message.trim() } : {} }),
    onSuccess: refresh,
  });
  const removeMember = useMutation({
    mutationFn: (userId: string) => call(ROUTES.organisations.remove, { params: { id, userId } }),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: ({ userId, ...body }: MembershipDecision & { userId: string }) =>
      call(ROUTES.organisations.decide, { params: { id, userId }, body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => call(ROUTES.organisations.update, { params: { id }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationKey(slug), updated);
      return refresh();
    },
  });
  return { join, removeMember, decide, update };
}
