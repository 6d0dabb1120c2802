import { useQuery } from '@tanstack/react-query';
import type { Page, UserSummary } from '@polyphony/contracts';
import { api } from '../../app/api-client';

/** People officials may name as facilitators (GET /api/users, searched by name). */
export function useFacilitatorOptions(q: string) {
  return useQuery({
    queryKey: ['users', 'facilitator-options', q],
    queryFn: () => api<Page<UserSummary>>('/api/users', { query: { q: q || undefined, limit: 50 } }),
    placeholderData: (previous) => previous,
  });
}
