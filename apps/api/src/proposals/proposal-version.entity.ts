import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ProposalEntity } from './proposal.entity';

/** The editable fields of a proposal, as saved in each version. */
export interface ProposalSnapshot {
  title: string;
  body: string;
  expectedResults: string;
  strategicLine: string | null;
  theme: string | null;
  regions: string[];
  partners: string[];
  sdgs: number[];
  sdgTargets: string[];
  agendas: string[];
}

/** Every edit of a proposal is a version (1 = as created); any two can be compared. */
@Entity('proposal_versions')
@Unique('proposal_versions_number_key', ['proposalId', 'number'])
export class ProposalVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'editor_id', type: 'uuid', nullable: true })
  editorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'editor_id' })
  editor?: Relation<UserEntity>;

  @Column({ type: 'jsonb' })
  snapshot: ProposalSnapshot;

  /** Fields changed compared with the previous version. */
  @Column({ type: 'text', array: true, default: '{}' })
  changed: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
