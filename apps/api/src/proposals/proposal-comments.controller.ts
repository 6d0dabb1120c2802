import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  commentListQuerySchema,
  commentVoteRequestSchema,
  createCommentRequestSchema,
  updateCommentRequestSchema,
  type CommentVoteRequest,
  type CreateCommentRequest,
  type UpdateCommentRequest,
  PROPOSAL_COMMENTS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ProposalCommentsService } from './proposal-comments.service';
import { UuidParam } from '../core/http/params';

@ApiTags('proposals')
@Controller()
export class ProposalCommentsController {
  constructor(private readonly comments: ProposalCommentsService) {}

  @Route(PROPOSAL_COMMENTS_ROUTES.list)
  @ApiOperation({ summary: 'Top-level comments (keyset pages), each with its replies' })
  list(
    @Param('id', UuidParam) id: string,
    @ZodQuery(commentListQuerySchema) query: Parsed<typeof commentListQuerySchema>,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.comments.list(id, query, viewer);
  }

  @Route(PROPOSAL_COMMENTS_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Comment or reply' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(createCommentRequestSchema) body: CreateCommentRequest,
  ) {
    return this.comments.create(actor, id, body);
  }

  @Route(PROPOSAL_COMMENTS_ROUTES.edit)
  @SignedIn()
  @ApiOperation({ summary: 'Edit my comment within 15 minutes' })
  edit(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('commentId', UuidParam) commentId: string,
    @ZodBody(updateCommentRequestSchema) body: UpdateCommentRequest,
  ) {
    return this.comments.edit(actor, id, commentId, body.body);
  }

  @Route(PROPOSAL_COMMENTS_ROUTES.vote)
  @SignedIn()
  @ApiOperation({ summary: 'Agree (1), disagree (-1) or take my vote back (0)' })
  vote(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('commentId', UuidParam) commentId: string,
    @ZodBody(commentVoteRequestSchema) body: CommentVoteRequest,
  ) {
    return this.comments.vote(actor, id, commentId, body.value);
  }
}
