import { useEffect } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NOTIFICATION_EVENT, ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { appSocket } from '../../app/socket';

const UNREAD = ['notifications', 'unread'] as const;

/** The unread count, kept live by the `notification:new` event of the person's own room, on the page's shared socket. */
export function useUnreadCount(signedIn: boolean) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: UNREAD,
    queryFn: () => call(ROUTES.notifications.unread),
    enabled: signedIn,
    refetchInterval: 120_000,
  });
  useEffect(() => {
    if (!signedIn) return;
    const use = appSocket.acquire();
    use.on(NOTIFICATION_EVENT, (event) => {
      client.setQueryData(UNREAD, { unread: event.unread });
      void client.invalidateQueries({ queryKey: ['notifications', 'list'] });
      // What the notification is about may have changed (a status, a new comment).
      void client.invalidateQueries({ queryKey: ['proposals'] });
    });
    return () => use.release();
  }, [signedIn, client]);
  return query;
}

export function useNotificationList(limit = 20) {
  return useInfiniteQuery({
    queryKey: ['notifications', 'list', limit],
    queryFn: ({ pageParam }) => call(ROUTES.notifications.list, { query: { cursor: pageParam, limit } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all' ? call(ROUTES.notifications.readAll) : call(ROUTES.notifications.read, { params: { id } }),
    onSuccess: (count) => {
      client.setQueryData(UNREAD, count);
      void client.invalidateQueries({ queryKey: ['notifications', 'list'] });
    },
  });
}
