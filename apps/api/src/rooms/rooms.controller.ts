import { Controller, HttpCode, Param, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  createRoomRequestSchema,
  roomListQuerySchema,
  roomStatusRequestSchema,
  transcriptQuerySchema,
  updateRoomRequestSchema,
  type CreateRoomRequest,
  type RoomStatusRequest,
  type TranscriptQuery,
  type UpdateRoomRequest,
  ROOMS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { RoomsService } from './rooms.service';
import { RoomTranscriptService } from './room-transcript.service';
import { RoomAccessRecheck } from './room-access.recheck';
import { UuidParam } from '../core/http/params';

@ApiTags('rooms')
@Controller()
export class RoomsController {
  constructor(
    private readonly rooms: RoomsService,
    private readonly transcripts: RoomTranscriptService,
    private readonly recheck: RoomAccessRecheck,
  ) {}

  @Route(ROOMS_ROUTES.list)
  @ApiOperation({ summary: 'Discussion rooms of every consultation the viewer can see, latest first' })
  list(@ZodQuery(roomListQuerySchema) query: Parsed<typeof roomListQuerySchema>, @CurrentUser() viewer?: UserEntity) {
    return this.rooms.list(query, viewer);
  }

  @Route(ROOMS_ROUTES.listForConsultation)
  @ApiOperation({ summary: 'Discussion rooms of one consultation' })
  listForConsultation(
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(roomListQuerySchema) query: Parsed<typeof roomListQuerySchema>,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.rooms.list(query, viewer, idOrSlug);
  }

  @Route(ROOMS_ROUTES.create)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Schedule a discussion room in a consultation' })
  create(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(createRoomRequestSchema) body: CreateRoomRequest) {
    return this.rooms.create(actor, id, body);
  }

  @Route(ROOMS_ROUTES.get)
  @ApiOperation({ summary: 'One room, with what the viewer may do in it' })
  get(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return this.rooms.get(id, viewer);
  }

  @Route(ROOMS_ROUTES.update)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Edit a room (title, description, agenda, schedule, languages, who may enter)' })
  async update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateRoomRequestSchema) body: UpdateRoomRequest,
  ) {
    const room = await this.rooms.update(actor, id, body);
    // Who may enter may have changed: open sockets that lost it leave at once.
    await this.recheck.room(id);
    return room;
  }

  @Route(ROOMS_ROUTES.status)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Open or close a room (facilitators and officials); a closed room is a read-only archive' })
  status(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(roomStatusRequestSchema) body: RoomStatusRequest) {
    return this.rooms.setStatus(actor, id, body.status);
  }

  @Route(ROOMS_ROUTES.transcript)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'The transcript of a room as Markdown or CSV (officials)' })
  async transcript(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodQuery(transcriptQuerySchema) query: TranscriptQuery,
    @Res() res: Response,
  ) {
    const language = query.language && query.language !== 'original' ? query.language : undefined;
    const file = await this.transcripts.export(actor, id, query.format ?? 'md', query.lang ?? language, language, query.separator);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }
}
