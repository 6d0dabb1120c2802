import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { IndicatorKind, TranslatedText } from '@polyphony/contracts';
import { PlanEntity } from './plan.entity';
import { PlanSectionEntity } from './plan-section.entity';

/**
 * An indicator an action will be measured by. Edited with its action (the action's content lists
 * them) and mirrored here in the same transaction, with a stable id, so that accountability
 * (issue 8) can attach measurements and evaluations to it with a foreign key.
 */
@Entity('plan_indicators')
@Index('plan_indicators_action_idx', ['actionId', 'position'])
export class PlanIndicatorEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('plan_indicators_plan_idx')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => PlanSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Relation<PlanSectionEntity>;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: IndicatorKind;

  @Column({ type: 'jsonb' })
  name: TranslatedText;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Column({ name: 'baseline_value', type: 'double precision', nullable: true })
  baselineValue: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate: string | null;

  @Column({ name: 'target_value', type: 'double precision', nullable: true })
  targetValue: number | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source: string | null;

  /** Removed from its action (or the action removed); kept so measurements never dangle. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
