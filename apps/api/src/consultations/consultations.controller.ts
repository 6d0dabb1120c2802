import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  consultationListQuerySchema,
  consultationStatusRequestSchema,
  createConsultationRequestSchema,
  facilitatorsRequestSchema,
  updateConsultationRequestSchema,
  type ConsultationStatusRequest,
  type FacilitatorsRequest,
  type UpdateConsultationRequest,
  CONSULTATIONS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ConsultationsService } from './consultations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('consultations')
@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Route(CONSULTATIONS_ROUTES.list)
  @ApiOperation({ summary: 'Consultations (drafts only for officials and facilitators); search in any of the four languages' })
  list(@ZodQuery(consultationListQuerySchema) query: Parsed<typeof consultationListQuerySchema>, @CurrentUser() viewer?: UserEntity) {
    return this.consultations.list(query, viewer);
  }

  @Route(CONSULTATIONS_ROUTES.create)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Open a consultation (as a draft)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createConsultationRequestSchema) body: Parsed<typeof createConsultationRequestSchema>) {
    return this.consultations.create(actor, body);
  }

  @Route(CONSULTATIONS_ROUTES.get)
  @ApiOperation({ summary: 'One consultation, with its current phase' })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.consultations.get(idOrSlug, viewer);
  }

  @Route(CONSULTATIONS_ROUTES.update)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Edit texts, languages, phases, quotas' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateConsultationRequestSchema) body: UpdateConsultationRequest,
  ) {
    return this.consultations.update(actor, id, body);
  }

  @Route(CONSULTATIONS_ROUTES.status)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Publish, close, reopen or archive' })
  status(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(consultationStatusRequestSchema) body: ConsultationStatusRequest,
  ) {
    return this.consultations.setStatus(actor, id, body.status);
  }

  @Route(CONSULTATIONS_ROUTES.facilitators)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Set the consultation’s facilitators' })
  facilitators(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(facilitatorsRequestSchema) body: FacilitatorsRequest,
  ) {
    return this.consultations.setFacilitators(actor, id, body.userIds);
  }
}
