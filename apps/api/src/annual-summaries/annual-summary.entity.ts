import {
  Check,
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
import type { SummaryFigures, SummaryNarrative, SummaryStatus } from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One version of a plan's annual summary. The figures are a snapshot taken when the draft is
 * generated (regenerating the draft refreshes them); once published the row never changes: a
 * correction is a new row with the next version number, and the old one stays readable.
 */
@Entity('annual_summaries')
@Index('annual_summaries_plan_year_version_key', ['planId', 'year', 'version'], { unique: true })
/** At most one draft per plan and year. */
@Index('annual_summaries_one_draft_key', ['planId', 'year'], { unique: true, where: `"status" = 'draft'` })
/** The public list: published versions, newest year first. */
@Index('annual_summaries_published_idx', ['year', 'publishedAt'], { where: `"status" = 'published'` })
@Check('annual_summaries_published_check', `"status" = 'draft' OR "published_at" IS NOT NULL`)
export class AnnualSummaryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: SummaryStatus;

  /** Bumped on every write to the draft (optimistic concurrency). */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ type: 'jsonb' })
  figures: SummaryFigures;

  /** Markdown per section and language. */
  @Column({ type: 'jsonb', default: {} })
  narrative: SummaryNarrative;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
