import { useQuery } from '@tanstack/react-query';
import { ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';

/** The balance of one consultation (detailed, or the public one), or across every consultation. */
export function useDashboard(kind: 'consultation' | 'public' | 'overall', idOrSlug?: string) {
  return useQuery({
    queryKey: ['dashboard', kind, idOrSlug ?? ''],
    queryFn: () =>
      kind === 'overall'
        ? call(ROUTES.dashboard.overall)
        : call(kind === 'public' ? ROUTES.dashboard.publicBalance : ROUTES.dashboard.forConsultation, { params: { id: idOrSlug ?? '' } }),
    enabled: kind === 'overall' || Boolean(idOrSlug),
  });
}
