import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AnnotationKind, AnnotationStatus, Language, StakeholderCategory } from '@polyphony/contracts';
import { UserEntity } from '../../users/user.entity';
import { PlanEntity } from '../plan.entity';
import { PlanVersionEntity } from '../versions/plan-version.entity';

/** Public review: a comment on a passage of a paragraph of a published version, or a proposed amendment. */
@Entity('plan_annotations')
@Index('plan_annotations_version_section_idx', ['versionId', 'sectionId', 'createdAt'])
export class PlanAnnotationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => PlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<PlanVersionEntity>;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @Column({ name: 'paragraph_id', type: 'uuid' })
  paragraphId: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 16 })
  kind: AnnotationKind;

  /** The passage selected, as the reader saw it. */
  @Column({ type: 'text', default: '' })
  quote: string;

  @Column({ name: 'quote_start', type: 'int', nullable: true })
  quoteStart: number | null;

  /** Markdown, sanitised when rendered. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'proposed_text', type: 'text', nullable: true })
  proposedText: string | null;

  @Index('plan_annotations_author_idx')
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ name: 'author_category', type: 'varchar', length: 32 })
  authorCategory: StakeholderCategory;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: AnnotationStatus;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: UserEntity;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
