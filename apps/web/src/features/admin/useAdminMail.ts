import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type AccountSettings } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export function useAccountSettings() {
  return useQuery({ queryKey: ['account-settings'], queryFn: () => call(ROUTES.accountsAdmin.getSettings) });
}

export function useSaveAccountSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountSettings) => call(ROUTES.accountsAdmin.putSettings, { body }),
    onSuccess: (data) => queryClient.setQueryData(['account-settings'], data),
  });
}

export function useMailStatus() {
  return useQuery({ queryKey: ['mail-status'], queryFn: () => call(ROUTES.accountsAdmin.mailStatus) });
}

/** The mails the instance sent (or would have sent without SMTP), newest first, filtered by recipient. */
export function useOutbox(to: string) {
  return useInfiniteQuery({
    queryKey: ['outbox', to],
    queryFn: ({ pageParam }) => call(ROUTES.accountsAdmin.listOutbox, { query: { to: to || undefined, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
