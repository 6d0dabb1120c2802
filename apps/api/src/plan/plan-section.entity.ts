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
import type { PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { PlanEntity } from './plan.entity';

/**
 * One editable unit of the working draft: the general objective, a specific objective, a strategic
 * line, an action (parent: its line) or a rich-text section. Its id never changes (provenance,
 * annotations, proposals and accountability point at it); removal is soft (deleted_at), so a
 * restore brings the same row back with everything attached to it. Accountability (issue 8)
 * tracks actions as rows of this table with kind = 'action'.
 */
@Entity('plan_sections')
@Index('plan_sections_plan_kind_idx', ['planId', 'kind'])
@Index('plan_sections_plan_parent_position_idx', ['planId', 'parentId', 'position'])
export class PlanSectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 24 })
  kind: PlanSectionKind;

  /** An action's strategic line; null for top-level sections. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** Bumped by every write: a save from a stale revision is refused (409), never silently applied. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ type: 'jsonb' })
  content: SectionContent;

  /** Paragraph id -> sanitised HTML per language, rendered from the Markdown on every write. */
  @Column({ type: 'jsonb', default: {} })
  html: Record<string, TranslatedText>;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

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
