import { ROUTES } from '@polyphony/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api-client';

export const INSTANCE_KEY = ['instance'] as const;

/** Is the instance set up, and in which languages, time zone and colour it speaks (public). */
export function useInstance() {
  return useQuery({ queryKey: INSTANCE_KEY, queryFn: () => call(ROUTES.settings.instance), staleTime: 60_000 });
}
