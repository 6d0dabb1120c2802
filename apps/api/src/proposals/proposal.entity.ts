import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { Agenda, ProposalStatus, StakeholderCategory, StrategicLine, WorldRegion } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from '../consultations/consultation.entity';

/**
 * A proposed action for the plan, co-authored by people and organisations. Counters are kept
 * here (updated in the transaction that changes them) so that every sort has its own index.
 */
@Entity('proposals')
@Index('proposals_supports_idx', ['supportCount', 'id'], { where: `"status" <> 'draft'` })
@Index('proposals_newest_idx', ['submittedAt', 'id'], { where: `"status" <> 'draft'` })
@Index('proposals_comments_idx', ['commentCount', 'id'], { where: `"status" <> 'draft'` })
/** GIN indexes on search_vector and sdgs, created by hand in the migration (TypeORM cannot express GIN). */
@Index('proposals_search_idx', { synchronize: false })
@Index('proposals_sdgs_idx', { synchronize: false })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('proposals_consultation_idx')
  @Column({ name: 'consultation_id', type: 'uuid', nullable: true })
  consultationId: string | null;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Index('proposals_author_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  /** The author's stakeholder category when the proposal was created (a filter). */
  @Index('proposals_author_category_idx')
  @Column({ name: 'author_category', type: 'varchar', length: 32 })
  authorCategory: StakeholderCategory;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown, sanitised when rendered. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'expected_results', type: 'text', default: '' })
  expectedResults: string;

  /** Detected language of the text (fr, es, ca, en or und): chooses the text-search configuration. */
  @Column({ type: 'varchar', length: 8, default: 'und' })
  language: string;

  @Index('proposals_strategic_line_idx')
  @Column({ name: 'strategic_line', type: 'varchar', length: 32, nullable: true })
  strategicLine: StrategicLine | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  theme: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  regions: WorldRegion[];

  @Column({ type: 'text', array: true, default: '{}' })
  partners: string[];

  @Column({ type: 'smallint', array: true, default: '{}' })
  sdgs: number[];

  @Column({ name: 'sdg_targets', type: 'text', array: true, default: '{}' })
  sdgTargets: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  agendas: Agenda[];

  @Index('proposals_status_idx')
  @Column({ type: 'varchar', length: 24, default: 'draft' })
  status: ProposalStatus;

  /** Number of the latest version (every edit adds one). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'support_count', type: 'int', default: 0 })
  supportCount: number;

  @Column({ name: 'endorsement_count', type: 'int', default: 0 })
  endorsementCount: number;

  /** Visible comments. */
  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Relation<ProposalEntity>;

  /** The plan action an accepted proposal became (the plan feature adds the foreign key). */
  @Column({ name: 'plan_action_id', type: 'uuid', nullable: true })
  planActionId: string | null;

  /** Hidden by moderation pending review. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Title (A) and body + expected results (B) in the configuration of the detected language. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
