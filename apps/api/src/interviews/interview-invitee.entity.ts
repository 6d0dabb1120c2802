import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { InviteeKind, StakeholderCategory } from '@polyphony/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { InterviewEntity } from './interview.entity';

/**
 * An institution or a person invited to an interview or meeting, and whether they attended.
 * Institutions are organisations on the platform (category and country read from them) or
 * named institutions with their own category and country.
 */
@Entity('interview_invitees')
export class InterviewInviteeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('interview_invitees_interview_idx')
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, (i) => i.invitees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<InterviewEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: InviteeKind;

  @Index('interview_invitees_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  category: StakeholderCategory | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  role: string | null;

  @Column({ type: 'boolean', default: false })
  attended: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;
}
