import { ROUTES } from '@polyphony/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api-client';

/** People officials may name as facilitators (GET /api/users, searched by name). */
export function useFacilitatorOptions(q: string) {
  return useQuery({
    queryKey: ['users', 'facilitator-options', q],
    queryFn: () => call(ROUTES.users.list, { query: { q: q || undefined, limit: 50 } }),
    placeholderData: (previous) => previous,
  });
}
