import { useQuery } from '@tanstack/react-query';
import type { TranslationHealth } from '@polyphony/contracts';
import { api } from '../../app/api-client';

/** Whether machine translation runs, from GET /api/health (the admin pages say how to install it when not). */
export function useTranslationHealth() {
  return useQuery({
    queryKey: ['health', 'translation'],
    queryFn: () => api<{ translation?: TranslationHealth }>('/api/health'),
    staleTime: 60_000,
  });
}
