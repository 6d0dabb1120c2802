import { route, type FileResponse } from '../common/routes';
import {
  createRoomRequestSchema,
  roomListQuerySchema,
  roomStatusRequestSchema,
  transcriptQuerySchema,
  updateRoomRequestSchema,
} from './rooms.contracts';
import type { Page } from '../common/pagination';
import type { Room } from './rooms.contracts';

/** RoomsController (rooms/rooms.controller.ts). */
export const ROOMS_ROUTES = {
  list: route('GET', '/rooms', { query: roomListQuerySchema }).returns<Page<Room>>(),
  listForConsultation: route('GET', '/consultations/:idOrSlug/rooms', { query: roomListQuerySchema }).returns<Page<Room>>(),
  create: route('POST', '/consultations/:id/rooms', { body: createRoomRequestSchema }).returns<Room>(),
  get: route('GET', '/rooms/:id').returns<Room>(),
  update: route('PATCH', '/rooms/:id', { body: updateRoomRequestSchema }).returns<Room>(),
  status: route('POST', '/rooms/:id/status', { body: roomStatusRequestSchema }).returns<Room>(),
  transcript: route('GET', '/rooms/:id/transcript', { query: transcriptQuerySchema }).returns<FileResponse<'text/markdown' | 'text/csv'>>(),
} as const;
