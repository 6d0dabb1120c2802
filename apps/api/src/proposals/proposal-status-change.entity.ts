import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ProposalStatus } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { ProposalEntity } from './proposal.entity';

/** Every status transition, dated, with the public answer text: shown on the proposal. */
@Entity('proposal_status_changes')
@Index('proposal_status_changes_proposal_idx', ['proposalId', 'createdAt'])
export class ProposalStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus: ProposalStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus: ProposalStatus;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Relation<ProposalEntity>;

  @Column({ name: 'plan_action_id', type: 'uuid', nullable: true })
  planActionId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
