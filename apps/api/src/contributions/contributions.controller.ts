import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { contributionListQuerySchema, CONTRIBUTIONS_ROUTES } from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodQuery } from '../core/errors/zod-validation';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { UserEntity } from '../users/user.entity';
import { ContributionsReadService } from './contributions-read.service';

@ApiTags('contributions')
@Controller()
export class ContributionsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly contributions: ContributionsReadService,
  ) {}

  @Route(CONTRIBUTIONS_ROUTES.list)
  @SignedIn()
  @ApiOperation({ summary: "A consultation's contributions, newest first (officials and its facilitators)" })
  async list(
    @CurrentUser() viewer: UserEntity,
    @Param('id') id: string,
    @ZodQuery(contributionListQuerySchema) query: Parsed<typeof contributionListQuerySchema>,
  ) {
    const { consultation } = await this.consultations.assertCanSeeData(id, viewer);
    return this.contributions.list(consultation.id, query, ConsultationsPolicy.canSeePersonalData(viewer));
  }
}
