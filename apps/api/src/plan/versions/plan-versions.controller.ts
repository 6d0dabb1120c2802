import { Controller, HttpCode, Param, Req } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createVersionRequestSchema,
  diffQuerySchema,
  renameVersionRequestSchema,
  reviewRequestSchema,
  type RenameVersionRequest,
  PLAN_VERSIONS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../../core/http/request-context';
import type { UserEntity } from '../../users/user.entity';
import { PlanVersionsService } from './plan-versions.service';
import { IntParam } from '../../core/http/params';

@ApiTags('plan')
@Controller()
export class PlanVersionsController {
  constructor(private readonly versions: PlanVersionsService) {}

  @Route(PLAN_VERSIONS_ROUTES.list)
  @ApiOperation({ summary: 'Versions, newest first (others than officials see the published ones)' })
  list(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.versions.list(idOrSlug, viewer);
  }

  @Route(PLAN_VERSIONS_ROUTES.create)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Save the working draft as a named version' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodBody(createVersionRequestSchema) body: Parsed<typeof createVersionRequestSchema>,
  ) {
    return this.versions.create(actor, idOrSlug, body);
  }

  @Route(PLAN_VERSIONS_ROUTES.rename)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Rename a version, per language (the snapshot itself never changes)' })
  rename(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @Param('number', IntParam) number: number,
    @ZodBody(renameVersionRequestSchema) body: RenameVersionRequest,
  ) {
    return this.versions.rename(actor, idOrSlug, number, body.name);
  }

  @Route(PLAN_VERSIONS_ROUTES.restore)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Bring the working draft back to a version (sources and annotations stay attached)' })
  restore(@CurrentUser() actor: UserEntity, @Param('idOrSlug') idOrSlug: string, @Param('number', IntParam) number: number) {
    return this.versions.restore(actor, idOrSlug, number);
  }

  @Route(PLAN_VERSIONS_ROUTES.review)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Publish a version for public review, or close its review' })
  review(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @Param('number', IntParam) number: number,
    @ZodBody(reviewRequestSchema) body: { open: boolean },
  ) {
    return this.versions.setReview(actor, idOrSlug, number, body.open);
  }

  @Route(PLAN_VERSIONS_ROUTES.diff)
  @ApiOperation({ summary: 'What changed between two versions (or a version and the working draft), section by section' })
  diff(
    @Req() req: AuthedRequest,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(diffQuerySchema) query: { from: number; to: number | 'draft' },
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.versions.diff(idOrSlug, viewer, query.from, query.to, requestLanguage(req));
  }
}
