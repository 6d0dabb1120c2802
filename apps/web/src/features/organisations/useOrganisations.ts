import { useInfiniteQuery } from '@tanstack/react-query';
import type { Organisation, OrganisationListQuery, Page } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export const PAGE_SIZE = 12;

/** The organisation directory, filtered, one keyset page at a time ("load more"). */
export function useOrganisations(filters: Pick<OrganisationListQuery, 'q' | 'category' | 'country'>) {
  return useInfiniteQuery({
    queryKey: ['organisations', 'list', filters],
    queryFn: ({ pageParam }) =>
      api<Page<Organisation>>('/api/organisations', { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
