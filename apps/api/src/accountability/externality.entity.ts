import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TranslatedText } from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';

/** A negative externality observed while carrying out the plan (e.g. emissions of travel), optionally tied to an action. */
@Entity('plan_externalities')
@Index('plan_externalities_plan_date_idx', ['planId', 'observedOn'])
export class ExternalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Index('plan_externalities_action_idx')
  @Column({ name: 'action_id', type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => PlanSectionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_id' })
  action?: Relation<PlanSectionEntity>;

  @Column({ name: 'observed_on', type: 'date' })
  observedOn: string;

  @Column({ type: 'jsonb' })
  description: TranslatedText;

  @Column({ type: 'jsonb', nullable: true })
  mitigation: TranslatedText | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
