import { useQuery } from '@tanstack/react-query';
import { ROUTES, type Me } from '@polyphony/contracts';
import { ApiError, call } from '../../app/api-client';
import { takeSessionCheck } from '../../app/early-session';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ME_KEY,
    queryFn: async () => {
      const early = await takeSessionCheck();
      if (early?.status === 401) return null;
      if (early?.ok) return (await early.json()) as Me;
      try {
        return await call(ROUTES.me.me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
