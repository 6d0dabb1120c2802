import { Controller, Param } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { fatesQuerySchema, PLAN_FATES_ROUTES } from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { ZodQuery } from '../../core/errors/zod-validation';
import type { UserEntity } from '../../users/user.entity';
import { PlanFatesService } from './plan-fates.service';

@ApiTags('plan')
@Controller()
export class PlanFatesController {
  constructor(private readonly fates: PlanFatesService) {}

  @Route(PLAN_FATES_ROUTES.mine)
  @SignedIn()
  @ApiOperation({ summary: '"You said, we did": what became of each of my contributions' })
  mine(@CurrentUser() viewer: UserEntity, @ZodQuery(fatesQuerySchema) query: { cursor?: string; limit: number }) {
    return this.fates.mine(viewer, query);
  }

  @Route(PLAN_FATES_ROUTES.organisation)
  @SignedIn()
  @ApiOperation({ summary: 'What became of what an organisation said in interviews and proposals (its members and officials)' })
  organisation(
    @CurrentUser() viewer: UserEntity,
    @Param('organisationId') organisationId: string,
    @ZodQuery(fatesQuerySchema) query: { cursor?: string; limit: number },
  ) {
    return this.fates.organisation(viewer, organisationId, query);
  }

  @Route(PLAN_FATES_ROUTES.one)
  @SignedIn()
  @ApiOperation({ summary: 'One contribution’s fate (its author or an official)' })
  one(@CurrentUser() viewer: UserEntity, @Param('contributionId') contributionId: string) {
    return this.fates.one(viewer, contributionId);
  }
}
