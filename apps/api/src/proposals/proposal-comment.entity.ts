import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ProposalEntity } from './proposal.entity';

/** A comment; replies carry their thread's top-level comment (root_id) so a page loads its threads in one query. */
@Entity('proposal_comments')
@Index('proposal_comments_top_idx', ['proposalId', 'createdAt', 'id'], { where: '"parent_id" IS NULL' })
export class ProposalCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ProposalCommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<ProposalCommentEntity>;

  @Index('proposal_comments_root_idx')
  @Column({ name: 'root_id', type: 'uuid', nullable: true })
  rootId: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 8, default: 'und' })
  language: string;

  @Column({ name: 'agree_count', type: 'int', default: 0 })
  agreeCount: number;

  @Column({ name: 'disagree_count', type: 'int', default: 0 })
  disagreeCount: number;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Agree (1) or disagree (-1) on a comment, one per person. */
@Entity('proposal_comment_votes')
export class ProposalCommentVoteEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne(() => ProposalCommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<ProposalCommentEntity>;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'smallint' })
  value: number;
}
