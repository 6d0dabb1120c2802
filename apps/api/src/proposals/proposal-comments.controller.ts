import { Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  commentListQuerySchema,
  commentVoteRequestSchema,
  createCommentRequestSchema,
  updateCommentRequestSchema,
  type CommentVoteRequest,
  type CreateCommentRequest,
  type UpdateCommentRequest,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ProposalCommentsService } from './proposal-comments.service';
import { UuidParam } from '../core/http/params';

@ApiTags('proposals')
@Controller('proposals/:id/comments')
export class ProposalCommentsController {
  constructor(private readonly comments: ProposalCommentsService) {}

  @Get()
  @ApiOperation({ summary: 'Top-level comments (keyset pages), each with its replies' })
  list(
    @Param('id', UuidParam) id: string,
    @ZodQuery(commentListQuerySchema) query: Parsed<typeof commentListQuerySchema>,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.comments.list(id, query, viewer);
  }

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Comment or reply' })
  create(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(createCommentRequestSchema) body: CreateCommentRequest,
  ) {
    return this.comments.create(actor, id, body);
  }

  @Patch(':commentId')
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

  @Put(':commentId/vote')
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
