import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createStatementRequestSchema,
  hideStatementRequestSchema,
  opinionMapQuerySchema,
  polisImportRequestSchema,
  statementListQuerySchema,
  voteRequestSchema,
  type CreateStatementRequest,
  type HideStatementRequest,
  type OpinionMapQuery,
  type PolisImportRequest,
  type VoteRequest,
  STATEMENTS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { OpinionMapService } from './opinion-map.service';
import { StatementsService } from './statements.service';
import { UuidParam } from '../core/http/params';

/** Statements, votes, the opinion map and Polis imports. */
@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(
    private readonly statements: StatementsService,
    private readonly opinion: OpinionMapService,
  ) {}

  @Route(STATEMENTS_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Write a statement, or promote a contribution to one (officials and facilitators)' })
  create(@CurrentUser() user: UserEntity, @Param('id') id: string, @ZodBody(createStatementRequestSchema) body: CreateStatementRequest) {
    return this.statements.create(user, id, body);
  }

  @Route(STATEMENTS_ROUTES.list)
  @ApiOperation({ summary: 'Statements, oldest first, with the viewer’s own votes' })
  list(
    @CurrentUser() user: UserEntity | undefined,
    @Param('id') id: string,
    @ZodQuery(statementListQuerySchema) query: Parsed<typeof statementListQuerySchema>,
  ) {
    return this.statements.list(id, query, user);
  }

  @Route(STATEMENTS_ROUTES.next)
  @SignedIn()
  @ApiOperation({ summary: 'The next statement to vote on (one card at a time)' })
  next(@CurrentUser() user: UserEntity, @Param('id') id: string, @ZodQuery(opinionMapQuerySchema) query: OpinionMapQuery) {
    return this.statements.next(id, query.roomId, user);
  }

  @Route(STATEMENTS_ROUTES.map)
  @ApiOperation({ summary: 'Opinion groups from the votes: map, make-up, representative and consensus statements' })
  map(@CurrentUser() user: UserEntity | undefined, @Param('id') id: string, @ZodQuery(opinionMapQuerySchema) query: OpinionMapQuery) {
    return this.opinion.map(id, query.roomId, user);
  }

  @Route(STATEMENTS_ROUTES.importPolis)
  @SignedIn()
  @ApiOperation({ summary: 'Import a Polis export (comments.csv + votes.csv, or participants-votes.csv) as statements and votes' })
  importPolis(@CurrentUser() user: UserEntity, @Param('id') id: string, @ZodBody(polisImportRequestSchema) body: PolisImportRequest) {
    return this.statements.importPolis(user, id, body);
  }

  @Route(STATEMENTS_ROUTES.vote)
  @SignedIn()
  @ApiOperation({ summary: 'Agree, disagree or pass (one vote per person, changeable)' })
  vote(
    @CurrentUser() user: UserEntity,
    @Param('statementId', UuidParam) statementId: string,
    @ZodBody(voteRequestSchema) body: VoteRequest,
  ) {
    return this.statements.vote(user, statementId, body.vote);
  }

  @Route(STATEMENTS_ROUTES.hide)
  @SignedIn()
  @ApiOperation({ summary: 'Hide or show a statement (officials)' })
  hide(
    @CurrentUser() user: UserEntity,
    @Param('statementId', UuidParam) statementId: string,
    @ZodBody(hideStatementRequestSchema) body: HideStatementRequest,
  ) {
    return this.statements.setHidden(user, statementId, body.hidden);
  }
}
