import { ROUTES } from '@polyphony/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api-client';

export function useTerritory() {
  return useQuery({ queryKey: ['territory'], queryFn: () => call(ROUTES.territory.get), staleTime: 5 * 60_000 });
}
