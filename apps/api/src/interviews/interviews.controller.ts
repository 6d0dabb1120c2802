import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createInterviewRequestSchema,
  interviewGuideRequestSchema,
  interviewListQuerySchema,
  keyPointRequestSchema,
  updateInterviewRequestSchema,
  type CreateInterviewRequest,
  type InterviewGuideRequest,
  type KeyPointRequest,
  type UpdateInterviewRequest,
  CONSULTATION_INTERVIEWS_ROUTES,
  INTERVIEWS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { InterviewsService } from './interviews.service';
import { UuidParam } from '../core/http/params';

/** Interviews and meetings of a consultation, its guide and its progress (officials and facilitators). */
@ApiTags('interviews')
@Controller()
@SignedIn()
export class ConsultationInterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Route(CONSULTATION_INTERVIEWS_ROUTES.guide)
  @ApiOperation({ summary: 'The interview guide: ordered, translatable questions' })
  guide(@CurrentUser() user: UserEntity, @Param('consultationId') consultationId: string) {
    return this.interviews.guide(consultationId, user);
  }

  @Route(CONSULTATION_INTERVIEWS_ROUTES.setGuide)
  @ApiOperation({ summary: 'Replace the interview guide (questions with an id keep their notes)' })
  setGuide(
    @CurrentUser() user: UserEntity,
    @Param('consultationId') consultationId: string,
    @ZodBody(interviewGuideRequestSchema) body: InterviewGuideRequest,
  ) {
    return this.interviews.setGuide(consultationId, body, user);
  }

  @Route(CONSULTATION_INTERVIEWS_ROUTES.list)
  @ApiOperation({ summary: 'Interviews and meetings, latest first' })
  list(
    @CurrentUser() user: UserEntity,
    @Param('consultationId') consultationId: string,
    @ZodQuery(interviewListQuerySchema) query: Parsed<typeof interviewListQuerySchema>,
  ) {
    return this.interviews.list(consultationId, query, user);
  }

  @Route(CONSULTATION_INTERVIEWS_ROUTES.progress)
  @ApiOperation({ summary: 'Planned vs held vs cancelled, institutions reached per category' })
  progress(@CurrentUser() user: UserEntity, @Param('consultationId') consultationId: string) {
    return this.interviews.progress(consultationId, user);
  }

  @Route(CONSULTATION_INTERVIEWS_ROUTES.create)
  @ApiOperation({ summary: 'Schedule (or record) an interview or a meeting' })
  create(
    @CurrentUser() user: UserEntity,
    @Param('consultationId') consultationId: string,
    @ZodBody(createInterviewRequestSchema) body: CreateInterviewRequest,
  ) {
    return this.interviews.create(consultationId, body, user);
  }
}

@ApiTags('interviews')
@Controller()
@SignedIn()
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Route(INTERVIEWS_ROUTES.get)
  @ApiOperation({ summary: 'One interview: invitees, attendance, consent, notes, key points' })
  get(@CurrentUser() user: UserEntity, @Param('id', UuidParam) id: string) {
    return this.interviews.get(id, user);
  }

  @Route(INTERVIEWS_ROUTES.update)
  @ApiOperation({ summary: 'Edit an interview (status, attendance, consent, notes...)' })
  update(
    @CurrentUser() user: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateInterviewRequestSchema) body: UpdateInterviewRequest,
  ) {
    return this.interviews.update(id, body, user);
  }

  @Route(INTERVIEWS_ROUTES.remove)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an interview and its key points' })
  remove(@CurrentUser() user: UserEntity, @Param('id', UuidParam) id: string) {
    return this.interviews.remove(id, user);
  }

  @Route(INTERVIEWS_ROUTES.addKeyPoint)
  @ApiOperation({ summary: 'Add a key point attributed to an invited institution (becomes a contribution)' })
  addKeyPoint(@CurrentUser() user: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(keyPointRequestSchema) body: KeyPointRequest) {
    return this.interviews.addKeyPoint(id, body, user);
  }

  @Route(INTERVIEWS_ROUTES.updateKeyPoint)
  @ApiOperation({ summary: 'Edit a key point (its contribution follows)' })
  updateKeyPoint(
    @CurrentUser() user: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('keyPointId', UuidParam) keyPointId: string,
    @ZodBody(keyPointRequestSchema) body: KeyPointRequest,
  ) {
    return this.interviews.updateKeyPoint(id, keyPointId, body, user);
  }

  @Route(INTERVIEWS_ROUTES.removeKeyPoint)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a key point (its contribution goes too)' })
  removeKeyPoint(@CurrentUser() user: UserEntity, @Param('id', UuidParam) id: string, @Param('keyPointId', UuidParam) keyPointId: string) {
    return this.interviews.removeKeyPoint(id, keyPointId, user);
  }
}
