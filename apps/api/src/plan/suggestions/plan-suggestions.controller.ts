import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  SUGGESTION_SOURCE_KINDS,
  createSuggestionRequestSchema,
  decideSuggestionRequestSchema,
  suggestionListQuerySchema,
  type DecideSuggestionRequest,
  type SuggestionSourceKind,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../../core/errors/zod-validation';
import type { UserEntity } from '../../users/user.entity';
import { PlanSuggestionsService } from './plan-suggestions.service';

const candidatesQuery = z.object({ kind: z.enum(SUGGESTION_SOURCE_KINDS) }).strict();

@ApiTags('plan')
@Controller('plans/:idOrSlug')
export class PlanSuggestionsController {
  constructor(private readonly suggestions: PlanSuggestionsService) {}

  @Get('suggestion-candidates')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Themes, proposals, interview and room key points of the plan’s consultation' })
  candidates(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(candidatesQuery) query: { kind: SuggestionSourceKind },
  ) {
    return this.suggestions.candidates(actor, idOrSlug, query.kind);
  }

  @Get('suggestions')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Suggestions, newest first, with their sources' })
  list(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(suggestionListQuerySchema) query: { status?: string; cursor?: string; limit: number },
  ) {
    return this.suggestions.list(actor, idOrSlug, query);
  }

  @Post('suggestions')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Turn a theme, proposal or key point into a suggestion on a section' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodBody(createSuggestionRequestSchema)
    body: Parsed<typeof createSuggestionRequestSchema>,
  ) {
    return this.suggestions.create(actor, idOrSlug, body);
  }

  @Get('suggestions/:id')
  @SignedIn('admin', 'official')
  get(@CurrentUser() actor: UserEntity, @Param('idOrSlug') idOrSlug: string, @Param('id') id: string) {
    return this.suggestions.get(actor, idOrSlug, id);
  }

  @Post('suggestions/:id/decision')
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Accept (possibly edited: provenance is written) or reject with a reason' })
  decide(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @Param('id') id: string,
    @ZodBody(decideSuggestionRequestSchema) body: DecideSuggestionRequest,
  ) {
    return this.suggestions.decide(actor, idOrSlug, id, body);
  }
}
