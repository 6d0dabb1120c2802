import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProposalEntity } from './proposal.entity';

export type CoauthorKind = 'person' | 'organisation';
export type CoauthorStatus = 'invited' | 'accepted' | 'declined';

/**
 * An invitation to co-author a proposal: a person, or an organisation that co-signs through one of
 * its members (user_id is then the member who answered). Unique per proposal and person/organisation,
 * so racing invitations never duplicate.
 */
@Entity('proposal_coauthors')
@Index('proposal_coauthors_person_key', ['proposalId', 'userId'], { unique: true, where: `"kind" = 'person'` })
@Index('proposal_coauthors_org_key', ['proposalId', 'organisationId'], { unique: true, where: `"kind" = 'organisation'` })
export class ProposalCoauthorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: CoauthorKind;

  @Index('proposal_coauthors_user_idx')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Index('proposal_coauthors_org_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 16, default: 'invited' })
  status: CoauthorStatus;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedById: string | null;

  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' })
  invitedAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
