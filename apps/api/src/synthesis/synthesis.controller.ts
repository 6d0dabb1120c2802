import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createSynthesisRunRequestSchema,
  mergeThemesRequestSchema,
  renameThemeRequestSchema,
  runListQuerySchema,
  splitThemeRequestSchema,
  themeContributionsQuerySchema,
  workspaceQuerySchema,
  type CreateSynthesisRunRequest,
  type MergeThemesRequest,
  type RenameThemeRequest,
  type SplitThemeRequest,
  SYNTHESIS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { RoomLiveSynthesisService } from './room-live-synthesis.service';
import { SynthesisRunsService } from './synthesis-runs.service';
import { SynthesisWorkspaceService } from './synthesis-workspace.service';
import { UuidParam } from '../core/http/params';

/** Synthesis runs and the officials' workspace (themes, edits, provenance). */
@ApiTags('synthesis')
@Controller()
@SignedIn()
export class SynthesisController {
  constructor(
    private readonly runs: SynthesisRunsService,
    private readonly workspace: SynthesisWorkspaceService,
    private readonly live: RoomLiveSynthesisService,
  ) {}

  @Route(SYNTHESIS_ROUTES.create)
  @ApiOperation({ summary: 'Start a synthesis of the consultation (or one of its rooms): a background job' })
  create(
    @CurrentUser() user: UserEntity,
    @Param('id') id: string,
    @ZodBody(createSynthesisRunRequestSchema) body: CreateSynthesisRunRequest,
  ) {
    return this.runs.create(user, id, body);
  }

  @Route(SYNTHESIS_ROUTES.list)
  @ApiOperation({ summary: 'Runs of the consultation (or of a room), newest first' })
  list(@CurrentUser() user: UserEntity, @Param('id') id: string, @ZodQuery(runListQuerySchema) query: Parsed<typeof runListQuerySchema>) {
    return this.runs.list(id, query, user);
  }

  @Route(SYNTHESIS_ROUTES.themes)
  @ApiOperation({ summary: 'Themes of the latest finished run (or of runId), with filters by source, category and country' })
  async themes(
    @CurrentUser() user: UserEntity,
    @Param('id') id: string,
    @ZodQuery(workspaceQuerySchema) query: Parsed<typeof workspaceQuerySchema>,
  ) {
    return { workspace: await this.workspace.workspace(id, query, user) };
  }

  @Route(SYNTHESIS_ROUTES.get)
  @ApiOperation({ summary: 'One run: status, progress, inputs, timings, changes since the previous run' })
  get(@CurrentUser() user: UserEntity, @Param('runId', UuidParam) runId: string) {
    return this.runs.get(runId, user);
  }

  @Route(SYNTHESIS_ROUTES.merge)
  @ApiOperation({ summary: 'Merge themes of the latest run (kept for later runs)' })
  merge(
    @CurrentUser() user: UserEntity,
    @Param('runId', UuidParam) runId: string,
    @ZodBody(mergeThemesRequestSchema) body: MergeThemesRequest,
  ) {
    return this.workspace.merge(user, runId, body);
  }

  @Route(SYNTHESIS_ROUTES.rename)
  @ApiOperation({ summary: 'Rename a theme (kept for later runs)' })
  rename(
    @CurrentUser() user: UserEntity,
    @Param('themeId', UuidParam) themeId: string,
    @ZodBody(renameThemeRequestSchema) body: RenameThemeRequest,
  ) {
    return this.workspace.rename(user, themeId, body.label);
  }

  @Route(SYNTHESIS_ROUTES.split)
  @HttpCode(201)
  @ApiOperation({ summary: 'Move some contributions of a theme into a new theme (kept for later runs)' })
  split(
    @CurrentUser() user: UserEntity,
    @Param('themeId', UuidParam) themeId: string,
    @ZodBody(splitThemeRequestSchema) body: SplitThemeRequest,
  ) {
    return this.workspace.split(user, themeId, body);
  }

  @Route(SYNTHESIS_ROUTES.contributions)
  @ApiOperation({ summary: "A theme's contributions (provenance), newest first" })
  contributions(
    @CurrentUser() user: UserEntity,
    @Param('themeId', UuidParam) themeId: string,
    @ZodQuery(themeContributionsQuerySchema) query: Parsed<typeof themeContributionsQuerySchema>,
  ) {
    return this.workspace.contributions(themeId, query, user);
  }

  @Route(SYNTHESIS_ROUTES.contributionThemes)
  @ApiOperation({ summary: 'The themes a contribution belongs to, in the latest run of each scope' })
  contributionThemes(@CurrentUser() user: UserEntity, @Param('contributionId', UuidParam) contributionId: string) {
    return this.workspace.themesOfContribution(contributionId, user);
  }

  @Route(SYNTHESIS_ROUTES.liveRoom)
  @ApiOperation({ summary: "A room's live synthesis, recomputed a moment after new messages (poll it)" })
  liveRoom(@CurrentUser() user: UserEntity, @Param('roomId', UuidParam) roomId: string) {
    return this.live.live(roomId, user);
  }
}
