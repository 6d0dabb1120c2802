import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createPlanRequestSchema,
  createSectionRequestSchema,
  moveSectionRequestSchema,
  planQuerySchema,
  planStatusRequestSchema,
  removeSectionQuerySchema,
  sourcesQuerySchema,
  updatePlanRequestSchema,
  updateSectionRequestSchema,
  type PlanStatus,
  type UpdatePlanRequest,
  PLAN_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { PlanService } from './plan.service';
import { PlanGateway } from './plan.gateway';
import { PlanSourcesService } from './suggestions/plan-sources.service';
import { UuidParam } from '../core/http/params';

@ApiTags('plan')
@Controller()
export class PlanController {
  constructor(
    private readonly plans: PlanService,
    private readonly sources: PlanSourcesService,
    private readonly gateway: PlanGateway,
  ) {}

  @Route(PLAN_ROUTES.list)
  @ApiOperation({ summary: 'Plans (drafts only for officials)' })
  list(@CurrentUser() viewer?: UserEntity) {
    return this.plans.list(viewer);
  }

  @Route(PLAN_ROUTES.create)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Start a plan (a draft with its general objective)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createPlanRequestSchema) body: Parsed<typeof createPlanRequestSchema>) {
    return this.plans.create(actor, body);
  }

  @Route(PLAN_ROUTES.get)
  @ApiOperation({ summary: 'The plan: the working draft (officials) or a version (?version=n), with per-section source counts' })
  get(
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(planQuerySchema) query: { version?: 'draft' | number },
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.plans.get(idOrSlug, viewer, query.version);
  }

  @Route(PLAN_ROUTES.update)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Edit the header (title, period, languages, consultation), from a revision' })
  update(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(updatePlanRequestSchema) body: UpdatePlanRequest) {
    return this.plans.updateHeader(actor, id, body);
  }

  @Route(PLAN_ROUTES.status)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Draft, public review or adopted' })
  status(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(planStatusRequestSchema) body: { status: PlanStatus },
  ) {
    return this.plans.setStatus(actor, id, body.status);
  }

  @Route(PLAN_ROUTES.createSection)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Add a section (objective, strategic line, action under a line, rich text)' })
  async createSection(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(createSectionRequestSchema)
    body: Parsed<typeof createSectionRequestSchema>,
  ) {
    const section = await this.plans.createSection(actor, id, body);
    this.gateway.sectionSaved(id, section.id, section.revision, actor.displayName);
    return section;
  }

  @Route(PLAN_ROUTES.updateSection)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Save a section from the revision it was read at (409 plan.edit_conflict if someone saved since)' })
  async updateSection(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodBody(updateSectionRequestSchema) body: Parsed<typeof updateSectionRequestSchema>,
  ) {
    const section = await this.plans.updateSection(actor, id, sectionId, body);
    this.gateway.sectionSaved(id, section.id, section.revision, actor.displayName);
    return section;
  }

  @Route(PLAN_ROUTES.move)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Move a section (an action to another line, or up and down)' })
  async move(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodBody(moveSectionRequestSchema) body: { revision: number; parentId: string | null; position: number },
  ) {
    const section = await this.plans.moveSection(actor, id, sectionId, body);
    this.gateway.sectionSaved(id, section.id, section.revision, actor.displayName);
    return section;
  }

  @Route(PLAN_ROUTES.remove)
  @HttpCode(204)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Remove a section (softly: a restore brings it back with its sources)' })
  async remove(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodQuery(removeSectionQuerySchema) query: Parsed<typeof removeSectionQuerySchema>,
  ) {
    await this.plans.deleteSection(actor, id, sectionId, query.revision);
    this.gateway.sectionSaved(id, sectionId, query.revision + 1, actor.displayName);
  }

  @Route(PLAN_ROUTES.sectionSources)
  @ApiOperation({ summary: 'The sources of a section or one of its paragraphs: counts and quotes (keyset pages)' })
  sectionSources(
    @Param('idOrSlug') idOrSlug: string,
    @Param('sectionId') sectionId: string,
    @ZodQuery(sourcesQuerySchema) query: { paragraphId?: string; cursor?: string; limit: number },
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.sources.sources(idOrSlug, sectionId, viewer, query);
  }
}
