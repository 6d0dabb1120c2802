import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModerationDecision, ModerationItem, ModerationLogEntry, Page, ReportRequest } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useModerationQueue(state: 'open' | 'hidden') {
  return useInfiniteQuery({
    queryKey: ['moderation', 'queue', state],
    queryFn: ({ pageParam }) => api<Page<ModerationItem>>('/api/moderation/queue', { query: { state, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useModerationLog() {
  return useInfiniteQuery({
    queryKey: ['moderation', 'log'],
    queryFn: ({ pageParam }) => api<Page<ModerationLogEntry>>('/api/moderation/log', { query: { cursor: pageParam, limit: 30 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useReport() {
  return useMutation({ mutationFn: (body: ReportRequest) => api('/api/moderation/reports', { method: 'POST', body }) });
}

export function useDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ModerationDecision) => api<{ hidden: boolean }>('/api/moderation/decisions', { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['moderation'] });
      void client.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
