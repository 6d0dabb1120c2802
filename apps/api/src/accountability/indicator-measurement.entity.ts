import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TranslatedText } from '@polyphony/contracts';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { UserEntity } from '../users/user.entity';

/** A measurement of a quantitative indicator (value) or a dated assessment of a qualitative one (narrative + rating). */
@Entity('indicator_measurements')
@Index('indicator_measurements_indicator_date_idx', ['indicatorId', 'measuredOn'])
export class IndicatorMeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => PlanIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<PlanIndicatorEntity>;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'jsonb', nullable: true })
  assessment: TranslatedText | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  rating: 'on_track' | 'at_risk' | 'off_track' | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
