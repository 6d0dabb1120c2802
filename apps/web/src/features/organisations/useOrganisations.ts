import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type CreateOrganisationRequest, type OrganisationListQuery } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { organisationKey } from './useOrganisation';

export const PAGE_SIZE = 12;

/** The organisation directory, filtered, one keyset page at a time ("load more"). */
export function useOrganisations(filters: Pick<OrganisationListQuery, 'q' | 'category' | 'country'>) {
  return useInfiniteQuery({
    queryKey: ['organisations', 'list', filters],
    queryFn: ({ pageParam }) => call(ROUTES.organisations.list, { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Registers an organisation (its creator becomes its administrator): the directory and "my organisations" refresh. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => call(ROUTES.organisations.create, { body }),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKey(organisation.slug), organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'organisations'] });
    },
  });
}
