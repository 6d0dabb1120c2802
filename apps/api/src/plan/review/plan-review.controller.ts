import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  answerAnnotationRequestSchema,
  createAnnotationRequestSchema,
  annotationListQuerySchema,
  type AnswerAnnotationRequest,
  PLAN_REVIEW_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../../core/errors/zod-validation';
import type { UserEntity } from '../../users/user.entity';
import { PlanReviewService } from './plan-review.service';
import { IntParam } from '../../core/http/params';

@ApiTags('plan')
@Controller()
export class PlanReviewController {
  constructor(private readonly review: PlanReviewService) {}

  @Route(PLAN_REVIEW_ROUTES.list)
  @ApiOperation({ summary: 'Comments and amendments on a published version, oldest first' })
  list(
    @Param('idOrSlug') idOrSlug: string,
    @Param('number', IntParam) number: number,
    @ZodQuery(annotationListQuerySchema) query: Parsed<typeof annotationListQuerySchema>,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.review.list(idOrSlug, number, viewer, query);
  }

  @Route(PLAN_REVIEW_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Comment on a passage, or propose an amendment to a paragraph, of the version open for review' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @Param('number', IntParam) number: number,
    @ZodBody(createAnnotationRequestSchema)
    body: Parsed<typeof createAnnotationRequestSchema>,
  ) {
    return this.review.create(actor, idOrSlug, number, body);
  }

  @Route(PLAN_REVIEW_ROUTES.answer)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Answer an annotation (answered, accepted, not retained)' })
  answer(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @Param('annotationId') annotationId: string,
    @ZodBody(answerAnnotationRequestSchema) body: AnswerAnnotationRequest,
  ) {
    return this.review.answer(actor, idOrSlug, annotationId, body);
  }
}
