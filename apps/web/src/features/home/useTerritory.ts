import { useQuery } from '@tanstack/react-query';
import type { Territory } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useTerritory() {
  return useQuery({ queryKey: ['territory'], queryFn: () => api<Territory>('/api/territory'), staleTime: 5 * 60_000 });
}
