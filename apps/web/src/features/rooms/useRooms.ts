import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type RoomStatus } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export const roomKey = (id: string) => ['rooms', 'one', id] as const;

export function useRoom(id: string) {
  return useQuery({ queryKey: roomKey(id), queryFn: () => call(ROUTES.rooms.get, { params: { id } }) });
}

export function useRooms(status: RoomStatus) {
  return useQuery({ queryKey: ['rooms', 'list', status], queryFn: () => call(ROUTES.rooms.list, { query: { status, limit: 50 } }) });
}

/** A facilitator opens or closes the room; the page shows the room as the API answers it. */
export function useSetRoomStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: 'open' | 'closed') => call(ROUTES.rooms.status, { params: { id }, body: { status } }),
    onSuccess: (room) => queryClient.setQueryData(roomKey(id), room),
  });
}
