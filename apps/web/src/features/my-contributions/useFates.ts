import { useInfiniteQuery } from '@tanstack/react-query';
import type { ContributionFate, Page } from '@polyphony/contracts';
import { api } from '../../app/api-client';

/** Fates of my contributions, or of an organisation's, a page at a time. */
export function useFates(path: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['fates', path],
    queryFn: ({ pageParam }) => api<Page<ContributionFate>>(path, { query: { cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
