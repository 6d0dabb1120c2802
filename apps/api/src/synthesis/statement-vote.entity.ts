import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { StatementEntity } from './statement.entity';

/** One vote per voter and statement (changeable): 1 agree, -1 disagree, 0 pass. */
@Entity('synthesis_votes')
@Index('synthesis_votes_consultation_idx', ['consultationId', 'voterKey'])
export class StatementVoteEntity {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @ManyToOne(() => StatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement?: Relation<StatementEntity>;

  /** 'u:<user id>' for a person on the platform, 'polis:<import>:<participant>' for an import. */
  @PrimaryColumn({ name: 'voter_key', type: 'varchar', length: 120 })
  voterKey: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Index('synthesis_votes_user_idx')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'smallint' })
  vote: number;

  /** The voter's stakeholder category when voting (null for imported votes): the opinion map's make-up. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  category: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
