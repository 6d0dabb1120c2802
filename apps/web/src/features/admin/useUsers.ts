import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminLinkResponse, Page, Role, UserSummary } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useUsers(filters: { q?: string; role?: Role }) {
  return useInfiniteQuery({
    queryKey: ['users', filters],
    queryFn: ({ pageParam }) => api<Page<UserSummary>>('/api/users', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After any change to a person's access, the users list is read again. */
function useUserChange<V>(mutationFn: (vars: V) => Promise<UserSummary>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}

export function useSetRole() {
  return useUserChange(({ id, role }: { id: string; role: Role }) =>
    api<UserSummary>(`/api/users/${id}/role`, { method: 'PUT', body: { role } }),
  );
}

export function useBlockUser() {
  return useUserChange(({ id, reason }: { id: string; reason: string }) =>
    api<UserSummary>(`/api/users/${id}/block`, { method: 'POST', body: { reason } }),
  );
}

export function useUnblockUser() {
  return useUserChange((id: string) => api<UserSummary>(`/api/users/${id}/block`, { method: 'DELETE' }));
}

/** A one-time sign-in or password-reset link an administrator hands over by hand. */
export function useAdminLink() {
  return useMutation({
    mutationFn: ({ id, purpose }: { id: string; purpose: string }) =>
      api<AdminLinkResponse>(`/api/admin/users/${id}/link`, { method: 'POST', body: { purpose } }),
  });
}
