import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@polyphony/contracts';
import { api } from '../../app/api-client';

/** The balance of one consultation (detailed, or the public one), or across every consultation. */
export function useDashboard(kind: 'consultation' | 'public' | 'overall', idOrSlug?: string) {
  const path =
    kind === 'overall'
      ? '/api/dashboard'
      : `/api/consultations/${encodeURIComponent(idOrSlug ?? '')}/${kind === 'public' ? 'balance' : 'dashboard'}`;
  return useQuery({
    queryKey: ['dashboard', kind, idOrSlug ?? ''],
    queryFn: () => api<Dashboard>(path),
    enabled: kind === 'overall' || Boolean(idOrSlug),
  });
}
