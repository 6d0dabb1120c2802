import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createEvaluationRequestSchema,
  followUpRequestSchema,
  publishEvaluationRequestSchema,
  updateEvaluationRequestSchema,
  type CreateEvaluationInput,
  type FollowUpInput,
  type PublishEvaluationRequest,
  type UpdateEvaluationInput,
  EVALUATIONS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { EvaluationsService } from './evaluations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('accountability')
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Route(EVALUATIONS_ROUTES.list)
  @ApiOperation({ summary: 'Evaluations of a visible plan (published ones; drafts too for officials) and the promised ones still due' })
  list(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.evaluations.list(idOrSlug, viewer);
  }

  @Route(EVALUATIONS_ROUTES.create)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Start an evaluation (a draft) with its findings and recommendations' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodBody(createEvaluationRequestSchema) body: CreateEvaluationInput,
  ) {
    return this.evaluations.create(actor, idOrSlug, body);
  }

  @Route(EVALUATIONS_ROUTES.get)
  @ApiOperation({ summary: 'One evaluation with its findings and recommendations (a draft: officials only)' })
  get(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return this.evaluations.get(id, viewer);
  }

  @Route(EVALUATIONS_ROUTES.update)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Replace a draft evaluation (from the revision loaded)' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateEvaluationRequestSchema) body: UpdateEvaluationInput,
  ) {
    return this.evaluations.update(actor, id, body);
  }

  @Route(EVALUATIONS_ROUTES.publish)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Publish a draft evaluation: public from now on, its text frozen' })
  publish(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(publishEvaluationRequestSchema) body: PublishEvaluationRequest,
  ) {
    return this.evaluations.publish(actor, id, body.revision);
  }

  @Route(EVALUATIONS_ROUTES.remove)
  @HttpCode(204)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Delete a draft evaluation' })
  remove(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.evaluations.remove(actor, id);
  }

  @Route(EVALUATIONS_ROUTES.followUp)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Record the follow-up of a recommendation (status and dated response), published evaluations included' })
  followUp(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('recommendationId', UuidParam) recommendationId: string,
    @ZodBody(followUpRequestSchema) body: FollowUpInput,
  ) {
    return this.evaluations.followUp(actor, id, recommendationId, body);
  }
}
