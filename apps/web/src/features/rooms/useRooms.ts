import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page, Room, RoomStatus } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export const roomKey = (id: string) => ['rooms', 'one', id] as const;

export function useRoom(id: string) {
  return useQuery({ queryKey: roomKey(id), queryFn: () => api<Room>(`/api/rooms/${encodeURIComponent(id)}`) });
}

export function useRooms(status: RoomStatus) {
  return useQuery({ queryKey: ['rooms', 'list', status], queryFn: () => api<Page<Room>>('/api/rooms', { query: { status, limit: 50 } }) });
}

/** A facilitator opens or closes the room; the page shows the room as the API answers it. */
export function useSetRoomStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: 'open' | 'closed') => api<Room>(`/api/rooms/${id}/status`, { method: 'POST', body: { status } }),
    onSuccess: (room) => queryClient.setQueryData(roomKey(id), room),
  });
}
