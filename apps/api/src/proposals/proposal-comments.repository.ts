import { In, type EntityManager } from 'typeorm';
import type { ModerationSubject } from '../moderation/moderation.service';
import { ProposalCommentEntity, ProposalCommentVoteEntity } from './proposal-comment.entity';
import { toCommentSubject } from './proposal.mapper';
import { keysetPage } from '../core/database/keyset-page';

/** A page of a proposal's top-level comments, oldest first. */
export interface CommentPageQuery {
  proposalId: string;
  after: (string | number)[] | undefined;
  limit: number;
}

/** A new comment (a reply carries its parent and its thread's root). */
export type NewComment = Pick<ProposalCommentEntity, 'proposalId' | 'parentId' | 'rootId' | 'authorId' | 'body' | 'language'>;

/** The proposal comments' SQL: threads, votes and their counters, moderation. */
export class ProposalCommentsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get comments() {
    return this.manager.getRepository(ProposalCommentEntity);
  }

  /** One more row than the limit, to know whether a next page exists; authors loaded. */
  topLevel(q: CommentPageQuery): Promise<ProposalCommentEntity[]> {
    const qb = this.comments
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'author')
      .where('c.proposal_id = :id', { id: q.proposalId })
      .andWhere('c.parent_id IS NULL');
    return keysetPage(qb, { alias: 'c', column: 'created_at', after: q.after, limit: q.limit, direction: 'ASC' }).getMany();
  }

  /** Every reply in the given threads, oldest first, authors loaded. */
  async replies(rootIds: string[]): Promise<ProposalCommentEntity[]> {
    if (!rootIds.length) return [];
    return this.comments.find({ where: { rootId: In(rootIds) }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The person's votes on the given comments, by comment id. */
  async votesOf(userId: string, commentIds: string[]): Promise<Map<string, number>> {
    if (!commentIds.length) return new Map();
    const votes = await this.manager.getRepository(ProposalCommentVoteEntity).find({ where: { userId, commentId: In(commentIds) } });
    return new Map(votes.map((v) => [v.commentId, v.value]));
  }

  findIn(proposalId: string, id: string): Promise<ProposalCommentEntity | null> {
    return this.comments.findOneBy({ id, proposalId });
  }

  findWithAuthor(proposalId: string, id: string): Promise<ProposalCommentEntity | null> {
    return this.comments.findOne({ where: { id, proposalId }, relations: { author: true } });
  }

  insert(comment: NewComment): Promise<ProposalCommentEntity> {
    return this.comments.save(this.comments.create(comment));
  }

  async updateBody(id: string, patch: Pick<ProposalCommentEntity, 'body' | 'language' | 'editedAt'>): Promise<void> {
    await this.comments.update({ id }, patch);
  }

  /** The comment, locked until the end of the transaction (its counters change one vote at a time). */
  async lock(proposalId: string, id: string): Promise<{ id: string; hidden: boolean } | undefined> {
    const [locked] = await this.manager.query(`SELECT id, hidden_at FROM proposal_comments WHERE id = $1 AND proposal_id = $2 FOR UPDATE`, [
      id,
      proposalId,
    ]);
    return locked ? { id: locked.id, hidden: Boolean(locked.hidden_at) } : undefined;
  }

  /** Replaces the person's vote (0 takes it back) and recounts the comment's counters. */
  async vote(commentId: string, userId: string, value: 1 | -1 | 0): Promise<{ agreeCount: number; disagreeCount: number }> {
    await this.manager.query(`DELETE FROM proposal_comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, userId]);
    if (value !== 0)
      await this.manager.query(`INSERT INTO proposal_comment_votes (comment_id, user_id, value) VALUES ($1, $2, $3)`, [
        commentId,
        userId,
        value,
      ]);
    const [counts] = await this.manager.query(
      `UPDATE proposal_comments SET
           agree_count = (SELECT count(*) FROM proposal_comment_votes WHERE comment_id = $1 AND value = 1),
           disagree_count = (SELECT count(*) FROM proposal_comment_votes WHERE comment_id = $1 AND value = -1)
         WHERE id = $1 RETURNING agree_count, disagree_count`,
      [commentId],
    );
    return { agreeCount: counts[0].agree_count, disagreeCount: counts[0].disagree_count };
  }

  /** Comments as moderation shows them, by id. */
  async moderationSubjects(ids: string[]): Promise<Map<string, ModerationSubject>> {
    if (!ids.length) return new Map();
    const rows: { id: string; proposal_id: string; body: string; author_id: string; display_name: string; hidden_at: Date | null }[] =
      await this.manager.query(
        `SELECT c.id, c.proposal_id, c.body, c.author_id, u.display_name, c.hidden_at FROM proposal_comments c JOIN users u ON u.id = c.author_id WHERE c.id = ANY($1)`,
        [ids],
      );
    return new Map(rows.map((r): [string, ModerationSubject] => [r.id, toCommentSubject(r)]));
  }

  /**
   * Hides or restores a comment; when it changed, the proposal's visible count follows. Answers whether it changed.
   */
  async setHidden(id: string, hidden: boolean): Promise<boolean> {
    const [rows] = await this.manager.query(
      `UPDATE proposal_comments SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1 AND (hidden_at IS NULL) = $2 RETURNING proposal_id`,
      [id, hidden],
    );
    if (!rows?.length) return false;
    await this.manager.query(`UPDATE proposals SET comment_count = greatest(comment_count ${hidden ? '-' : '+'} 1, 0) WHERE id = $1`, [
      rows[0].proposal_id,
    ]);
    return true;
  }
}
