import { Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
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
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { EvaluationsService } from './evaluations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('accountability')
@Controller('accountability')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get('plans/:idOrSlug/evaluations')
  @ApiOperation({ summary: 'Evaluations of a visible plan (published ones; drafts too for officials) and the promised ones still due' })
  list(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.evaluations.list(idOrSlug, viewer);
  }

  @Post('plans/:idOrSlug/evaluations')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Start an evaluation (a draft) with its findings and recommendations' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodBody(createEvaluationRequestSchema) body: CreateEvaluationInput,
  ) {
    return this.evaluations.create(actor, idOrSlug, body);
  }

  @Get('evaluations/:id')
  @ApiOperation({ summary: 'One evaluation with its findings and recommendations (a draft: officials only)' })
  get(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return this.evaluations.get(id, viewer);
  }

  @Put('evaluations/:id')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Replace a draft evaluation (from the revision loaded)' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateEvaluationRequestSchema) body: UpdateEvaluationInput,
  ) {
    return this.evaluations.update(actor, id, body);
  }

  @Post('evaluations/:id/publish')
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

  @Delete('evaluations/:id')
  @HttpCode(204)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Delete a draft evaluation' })
  remove(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.evaluations.remove(actor, id);
  }

  @Put('evaluations/:id/recommendations/:recommendationId/follow-up')
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
