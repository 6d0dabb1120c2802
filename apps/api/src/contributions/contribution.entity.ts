import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { ContributionSource, StakeholderCategory } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ConsultationEntity } from '../consultations/consultation.entity';

/**
 * Every piece of input synthesis reads, whatever its origin: a questionnaire answer, an
 * interview key point, a proposal, a room message... The origin row is (source, source_ref);
 * the author is a person, an organisation, or a named institution met in an interview.
 */
@Entity('contributions')
@Unique('contributions_source_ref_key', ['source', 'sourceRef'])
@Index('contributions_consultation_created_idx', ['consultationId', 'createdAt'])
/** GIN index on CONTRIBUTION_SEARCH_VECTOR (contribution-search.ts), created by hand in the migration. */
@Index('contributions_search_idx', { synchronize: false })
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid', nullable: true })
  consultationId: string | null;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Index('contributions_source_idx')
  @Column({ type: 'varchar', length: 32 })
  source: ContributionSource;

  /** Id of the origin row in its own table (answer id, key point id, message id...). */
  @Column({ name: 'source_ref', type: 'varchar', length: 80 })
  sourceRef: string;

  @Column({ type: 'text' })
  text: string;

  /** Detected language (fr, es, ca, en) or 'und'. */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Index('contributions_author_user_idx')
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  authorUser?: UserEntity;

  @Index('contributions_author_org_idx')
  @Column({ name: 'author_organisation_id', type: 'uuid', nullable: true })
  authorOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  /** Display name when the author is neither a user nor an organisation on the platform. */
  @Column({ name: 'author_label', type: 'varchar', length: 200, nullable: true })
  authorLabel: string | null;

  @Index('contributions_category_idx')
  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Index('contributions_country_idx')
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Flagged as a key point (interview key point, a facilitator's pick in a room). */
  @Column({ name: 'key_point', type: 'boolean', default: false })
  keyPoint: boolean;

  /** Hidden by moderation: kept, but not read by synthesis nor shown. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
