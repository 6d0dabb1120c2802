import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Page, Role, UserSummary } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useUsers(filters: { q?: string; role?: Role }) {
  return useInfiniteQuery({
    queryKey: ['users', filters],
    queryFn: ({ pageParam }) => api<Page<UserSummary>>('/api/users', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSetRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => api<UserSummary>(`/api/users/${id}/role`, { method: 'PUT', body: { role } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
