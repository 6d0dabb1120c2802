import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { ActionStatus, BudgetLine, Milestone, ReviewMark, SubAction, TranslatedText } from '@polyphony/contracts';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The follow-up of one plan action (a plan_sections row with kind 'action'), one row per action,
 * created on first update. Sub-actions, milestones and budget lines are small bounded lists edited
 * together with the status, so they live in jsonb beside it.
 */
@Entity('action_tracking')
export class ActionTrackingEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => PlanSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Relation<PlanSectionEntity>;

  @Index('action_tracking_plan_idx')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'varchar', length: 16, default: 'not_started' })
  status: ActionStatus;

  /** As set by an official; ignored when there are sub-actions (their weighted mean is used). */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** The responsible department, per language. */
  @Column({ type: 'jsonb', nullable: true })
  responsible: TranslatedText | null;

  @Column({ name: 'sub_actions', type: 'jsonb', default: [] })
  subActions: SubAction[];

  @Column({ type: 'jsonb', default: [] })
  milestones: Milestone[];

  @Column({ name: 'budget_lines', type: 'jsonb', default: [] })
  budgetLines: BudgetLine[];

  /** Texts filled by machine translation, one mark per field and language, until an official edits or approves them. */
  @Column({ type: 'jsonb', default: [] })
  review: ReviewMark[];

  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: UserEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
