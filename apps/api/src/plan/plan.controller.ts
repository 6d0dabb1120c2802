import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  createPlanRequestSchema,
  createSectionRequestSchema,
  moveSectionRequestSchema,
  planQuerySchema,
  planStatusRequestSchema,
  sourcesQuerySchema,
  updatePlanRequestSchema,
  updateSectionRequestSchema,
  type PlanStatus,
  type UpdatePlanRequest,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { PlanService } from './plan.service';
import { PlanGateway } from './plan.gateway';
import { PlanSourcesService } from './suggestions/plan-sources.service';
import { UuidParam } from '../core/http/params';

const revisionQuery = z.object({ revision: z.coerce.number().int().min(0) }).strict();

@ApiTags('plan')
@Controller('plans')
export class PlanController {
  constructor(
    private readonly plans: PlanService,
    private readonly sources: PlanSourcesService,
    private readonly gateway: PlanGateway,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Plans (drafts only for officials)' })
  list(@CurrentUser() viewer?: UserEntity) {
    return this.plans.list(viewer);
  }

  @Post()
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Start a plan (a draft with its general objective)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createPlanRequestSchema) body: Parsed<typeof createPlanRequestSchema>) {
    return this.plans.create(actor, body);
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'The plan: the working draft (officials) or a version (?version=n), with per-section source counts' })
  get(
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(planQuerySchema) query: { version?: 'draft' | number },
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.plans.get(idOrSlug, viewer, query.version);
  }

  @Patch(':id')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Edit the header (title, period, languages, consultation), from a revision' })
  update(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(updatePlanRequestSchema) body: UpdatePlanRequest) {
    return this.plans.updateHeader(actor, id, body);
  }

  @Post(':id/status')
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

  @Post(':id/sections')
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

  @Put(':id/sections/:sectionId')
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

  @Post(':id/sections/:sectionId/move')
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

  @Delete(':id/sections/:sectionId')
  @HttpCode(204)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Remove a section (softly: a restore brings it back with its sources)' })
  async remove(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodQuery(revisionQuery) query: { revision: number },
  ) {
    await this.plans.deleteSection(actor, id, sectionId, query.revision);
    this.gateway.sectionSaved(id, sectionId, query.revision + 1, actor.displayName);
  }

  @Get(':idOrSlug/sections/:sectionId/sources')
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
