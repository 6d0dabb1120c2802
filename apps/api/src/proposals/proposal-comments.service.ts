import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type { CommentThreadPage, CreateCommentRequest, ProposalComment, commentListQuerySchema } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { RateLimitService } from '../auth/rate-limit.service';
import { ContributionsService } from '../contributions/contributions.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UserEntity } from '../users/user.entity';
import type { ProposalCommentEntity } from './proposal-comment.entity';
import { toProposalComment } from './proposal.mapper';
import { ProposalCommentsRepository } from './proposal-comments.repository';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsPolicy } from './proposals.policy';
import { ProposalsService } from './proposals.service';
import type { Parsed } from '../core/errors/zod-validation';

/** Threaded comments with agree/disagree; each visible comment is a contribution (source proposal_comment). */
@Injectable()
export class ProposalCommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly limits: RateLimitService,
    private readonly contributions: ContributionsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Top-level comments, oldest first, each with its whole thread: three queries per page. */
  async list(id: string, query: Parsed<typeof commentListQuerySchema>, viewer?: UserEntity): Promise<CommentThreadPage> {
    const { proposal } = await this.proposals.findVisible(id, viewer);
    const repo = new ProposalCommentsRepository(this.db.manager);
    const top = await repo.topLevel({ proposalId: id, after: decodeCursor(query.cursor, 2), limit: query.limit });
    const page = toPage(top, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    const replies = await repo.replies(page.items.map((c) => c.id));
    const all = [...page.items, ...replies];
    const myVotes = viewer
      ? await repo.votesOf(
          viewer.id,
          all.map((c) => c.id),
        )
      : new Map<string, number>();
    const canReply = ProposalsPolicy.canComment(viewer, proposal);
    const view = (c: ProposalCommentEntity) => this.view(c, viewer, myVotes.get(c.id) ?? 0, canReply);
    return {
      items: page.items.map((c) => ({ ...view(c), replies: replies.filter((r) => r.rootId === c.id).map(view) })),
      nextCursor: page.nextCursor,
      total: proposal.commentCount,
    };
  }

  async create(actor: UserEntity, id: string, input: CreateCommentRequest) {
    await this.limits.consume(`proposals:comment:${actor.id}`, 20, 600);
    const { saved, delivery } = await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      if (!ProposalsPolicy.canComment(actor, proposal)) throw AppError.forbidden();
      const repo = new ProposalCommentsRepository(manager);
      let rootId: string | null = null;
      if (input.parentId) {
        const parent = await repo.findIn(id, input.parentId);
        if (!parent) throw AppError.validation([{ path: 'parentId', code: 'invalid' }]);
        rootId = parent.rootId ?? parent.id;
      }
      const saved = await repo.insert({
        proposalId: id,
        parentId: input.parentId ?? null,
        rootId,
        authorId: actor.id,
        body: input.body,
        language: detectLanguage(input.body).language,
      });
      await new ProposalsRepository(manager).countComment(id);
      await this.contributions.record(manager, {
        source: 'proposal_comment',
        sourceRef: saved.id,
        consultationId: proposal.consultationId,
        text: input.body,
        category: actor.category,
        country: actor.country,
        authorUserId: actor.id,
      });
      const recipients = (await this.proposals.coauthorUserIds(manager, id, proposal.authorId)).filter((u) => u !== actor.id);
      const delivery = await this.notifications.create(
        manager,
        recipients.map((userId) => ({
          userId,
          kind: 'proposal_comment',
          params: { title: proposal.title, actor: actor.displayName },
          link: `/proposals/${id}#comment-${saved.id}`,
        })),
      );
      return { saved, delivery };
    });
    await delivery.deliver();
    saved.author = actor;
    return this.view(saved, actor, 0, true);
  }

  async edit(actor: UserEntity, id: string, commentId: string, body: string) {
    const saved = await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      const repo = new ProposalCommentsRepository(manager);
      const comment = await repo.findWithAuthor(id, commentId);
      if (!comment) throw AppError.notFound();
      if (comment.authorId !== actor.id) throw AppError.forbidden();
      if (!ProposalsPolicy.canEditComment(actor, comment)) throw AppError.conflict('proposals.comment_edit_window_passed');
      comment.body = body;
      comment.language = detectLanguage(body).language;
      comment.editedAt = new Date();
      await repo.updateBody(commentId, { body, language: comment.language, editedAt: comment.editedAt });
      await this.contributions.record(manager, {
        source: 'proposal_comment',
        sourceRef: commentId,
        consultationId: proposal.consultationId,
        text: body,
        category: actor.category,
        country: actor.country,
        authorUserId: actor.id,
      });
      return comment;
    });
    return this.view(saved, actor, 0, true);
  }

  /** Agree (1), disagree (-1) or take back (0); counters recomputed under the comment's row lock. */
  async vote(actor: UserEntity, id: string, commentId: string, value: 1 | -1 | 0) {
    return this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      if (!ProposalsPolicy.canComment(actor, proposal)) throw AppError.forbidden();
      const repo = new ProposalCommentsRepository(manager);
      const locked = await repo.lock(id, commentId);
      if (!locked || locked.hidden) throw AppError.notFound();
      return { ...(await repo.vote(commentId, actor.id, value)), myVote: value };
    });
  }

  private view(c: ProposalCommentEntity, viewer: UserEntity | undefined, myVote: number, canReply: boolean): ProposalComment {
    return toProposalComment(c, myVote, {
      readable: !c.hiddenAt || ProposalsPolicy.canReadHidden(viewer),
      canEdit: ProposalsPolicy.canEditComment(viewer, c),
      canReply,
    });
  }
}
