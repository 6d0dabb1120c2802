import { ROUTES } from '@polyphony/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api-client';

/** Whether machine translation runs, from GET /api/health (the admin pages say how to install it when not). */
export function useTranslationHealth() {
  return useQuery({
    queryKey: ['health', 'translation'],
    queryFn: () => call(ROUTES.health.health),
    staleTime: 60_000,
  });
}
