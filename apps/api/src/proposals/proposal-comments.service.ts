import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type { CommentThreadPage, CreateCommentRequest, ProposalComment, commentListQuerySchema } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { renderMarkdown } from '../core/text/markdown';
import { RateLimitService } from '../auth/rate-limit.service';
import { ContributionsService } from '../contributions/contributions.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UserEntity } from '../users/user.entity';
import { ProposalCommentEntity, ProposalCommentVoteEntity } from './proposal-comment.entity';
import { toPerson } from './proposal.mapper';
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
    const repo = this.db.getRepository(ProposalCommentEntity);
    const qb = repo
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'author')
      .where('c.proposal_id = :id', { id })
      .andWhere('c.parent_id IS NULL');
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(c.created_at, c.id) > (:at, :cid)', { at: after[0], cid: after[1] });
    const top = await qb
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(top, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    const rootIds = page.items.map((c) => c.id);
    const replies = rootIds.length
      ? await repo.find({ where: { rootId: In(rootIds) }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const all = [...page.items, ...replies];
    const votes =
      viewer && all.length
        ? await this.db.getRepository(ProposalCommentVoteEntity).find({ where: { userId: viewer.id, commentId: In(all.map((c) => c.id)) } })
        : [];
    const myVotes = new Map(votes.map((v) => [v.commentId, v.value]));
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
      let rootId: string | null = null;
      if (input.parentId) {
        const parent = await manager.getRepository(ProposalCommentEntity).findOneBy({ id: input.parentId, proposalId: id });
        if (!parent) throw AppError.validation([{ path: 'parentId', code: 'invalid' }]);
        rootId = parent.rootId ?? parent.id;
      }
      const saved = await manager.getRepository(ProposalCommentEntity).save(
        manager.getRepository(ProposalCommentEntity).create({
          proposalId: id,
          parentId: input.parentId ?? null,
          rootId,
          authorId: actor.id,
          body: input.body,
          language: detectLanguage(input.body).language,
        }),
      );
      await manager.query(`UPDATE proposals SET comment_count = comment_count + 1 WHERE id = $1`, [id]);
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
      const comment = await manager
        .getRepository(ProposalCommentEntity)
        .findOne({ where: { id: commentId, proposalId: id }, relations: { author: true } });
      if (!comment) throw AppError.notFound();
      if (comment.authorId !== actor.id) throw AppError.forbidden();
      if (!ProposalsPolicy.canEditComment(actor, comment)) throw AppError.conflict('proposals.comment_edit_window_passed');
      comment.body = body;
      comment.language = detectLanguage(body).language;
      comment.editedAt = new Date();
      await manager
        .getRepository(ProposalCommentEntity)
        .update({ id: commentId }, { body, language: comment.language, editedAt: comment.editedAt });
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
      const [locked] = await manager.query(`SELECT id, hidden_at FROM proposal_comments WHERE id = $1 AND proposal_id = $2 FOR UPDATE`, [
        commentId,
        id,
      ]);
      if (!locked || locked.hidden_at) throw AppError.notFound();
      await manager.query(`DELETE FROM proposal_comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, actor.id]);
      if (value !== 0)
        await manager.query(`INSERT INTO proposal_comment_votes (comment_id, user_id, value) VALUES ($1, $2, $3)`, [
          commentId,
          actor.id,
          value,
        ]);
      const [counts] = await manager.query(
        `UPDATE proposal_comments SET
           agree_count = (SELECT count(*) FROM proposal_comment_votes WHERE comment_id = $1 AND value = 1),
           disagree_count = (SELECT count(*) FROM proposal_comment_votes WHERE comment_id = $1 AND value = -1)
         WHERE id = $1 RETURNING agree_count, disagree_count`,
        [commentId],
      );
      return { agreeCount: counts[0].agree_count, disagreeCount: counts[0].disagree_count, myVote: value };
    });
  }

  private view(c: ProposalCommentEntity, viewer: UserEntity | undefined, myVote: number, canReply: boolean): ProposalComment {
    const readable = !c.hiddenAt || ProposalsPolicy.canReadHidden(viewer);
    return {
      id: c.id,
      parentId: c.parentId,
      author: c.author ? toPerson(c.author) : null,
      body: readable ? c.body : '',
      bodyHtml: readable ? renderMarkdown(c.body) : '',
      language: c.language,
      agreeCount: c.agreeCount,
      disagreeCount: c.disagreeCount,
      myVote: myVote as 1 | -1 | 0,
      hidden: Boolean(c.hiddenAt),
      editedAt: c.editedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      can: { edit: ProposalsPolicy.canEditComment(viewer, c), reply: canReply && !c.hiddenAt },
    };
  }
}
