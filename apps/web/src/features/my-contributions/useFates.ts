import { useInfiniteQuery } from '@tanstack/react-query';
import { ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';

/** Fates of my contributions (no organisation), or of an organisation's, a page at a time. */
export function useFates(organisationId?: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['fates', organisationId ?? 'mine'],
    queryFn: ({ pageParam }) => {
      const query = { cursor: pageParam, limit: 20 };
      return organisationId
        ? call(ROUTES.planFates.organisation, { params: { organisationId }, query })
        : call(ROUTES.planFates.mine, { query });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
