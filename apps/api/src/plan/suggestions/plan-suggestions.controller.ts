import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createSuggestionRequestSchema,
  decideSuggestionRequestSchema,
  suggestionCandidatesQuerySchema,
  suggestionListQuerySchema,
  type DecideSuggestionRequest,
  PLAN_SUGGESTIONS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../../core/errors/zod-validation';
import type { UserEntity } from '../../users/user.entity';
import { PlanSuggestionsService } from './plan-suggestions.service';

@ApiTags('plan')
@Controller()
export class PlanSuggestionsController {
  constructor(private readonly suggestions: PlanSuggestionsService) {}

  @Route(PLAN_SUGGESTIONS_ROUTES.candidates)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Themes, proposals, interview and room key points of the plan’s consultation' })
  candidates(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(suggestionCandidatesQuerySchema) query: Parsed<typeof suggestionCandidatesQuerySchema>,
  ) {
    return this.suggestions.candidates(actor, idOrSlug, query.kind);
  }

  @Route(PLAN_SUGGESTIONS_ROUTES.list)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Suggestions, newest first, with their sources' })
  list(
    @CurrentUser() actor: UserEntity,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(suggestionListQuerySchema) query: { status?: string; cursor?: string; limit: number },
  ) {
    return this.suggestions.list(actor, idOrSlug, query);
  }

  @Route(PLAN_SUGGESTIONS_ROUTES.create)
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

  @Route(PLAN_SUGGESTIONS_ROUTES.get)
  @SignedIn('admin', 'official')
  get(@CurrentUser() actor: UserEntity, @Param('idOrSlug') idOrSlug: string, @Param('id') id: string) {
    return this.suggestions.get(actor, idOrSlug, id);
  }

  @Route(PLAN_SUGGESTIONS_ROUTES.decide)
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
