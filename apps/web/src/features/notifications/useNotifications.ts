import { useEffect } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { io } from 'socket.io-client';
import { NOTIFICATION_EVENT, type NotificationEvent, ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { watchSession } from '../auth/sessionEnded';

const UNREAD = ['notifications', 'unread'] as const;

/** The unread count, kept live by the `notification:new` socket event of the person's own room. */
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
    const socket = io({ path: '/api/socket.io', withCredentials: true });
    watchSession(socket);
    socket.on(NOTIFICATION_EVENT, (event: NotificationEvent) => {
      client.setQueryData(UNREAD, { unread: event.unread });
      void client.invalidateQueries({ queryKey: ['notifications', 'list'] });
      // What the notification is about may have changed (a status, a new comment).
      void client.invalidateQueries({ queryKey: ['proposals'] });
    });
    return () => {
      socket.disconnect();
    };
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
