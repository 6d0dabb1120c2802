import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountSettings, MailStatus, OutboxMail, Page } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useAccountSettings() {
  return useQuery({ queryKey: ['account-settings'], queryFn: () => api<AccountSettings>('/api/admin/account-settings') });
}

export function useSaveAccountSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountSettings) => api<AccountSettings>('/api/admin/account-settings', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(['account-settings'], data),
  });
}

export function useMailStatus() {
  return useQuery({ queryKey: ['mail-status'], queryFn: () => api<MailStatus>('/api/admin/mail') });
}

/** The mails the instance sent (or would have sent without SMTP), newest first, filtered by recipient. */
export function useOutbox(to: string) {
  return useInfiniteQuery({
    queryKey: ['outbox', to],
    queryFn: ({ pageParam }) =>
      api<Page<OutboxMail>>('/api/admin/outbox', { query: { to: to || undefined, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
