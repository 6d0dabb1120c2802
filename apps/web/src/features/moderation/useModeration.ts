import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type ModerationDecision, type ReportRequest } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export function useModerationQueue(state: 'open' | 'hidden') {
  return useInfiniteQuery({
    queryKey: ['moderation', 'queue', state],
    queryFn: ({ pageParam }) => call(ROUTES.moderation.queue, { query: { state, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useModerationLog() {
  return useInfiniteQuery({
    queryKey: ['moderation', 'log'],
    queryFn: ({ pageParam }) => call(ROUTES.moderation.log, { query: { cursor: pageParam, limit: 30 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useReport() {
  return useMutation({ mutationFn: (body: ReportRequest) => call(ROUTES.moderation.report, { body }) });
}

export function useDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ModerationDecision) => call(ROUTES.moderation.decide, { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['moderation'] });
      void client.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
