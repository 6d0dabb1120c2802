import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { PhaseKind } from '@polyphony/contracts';
import { ConsultationEntity } from './consultation.entity';

@Entity('consultation_phases')
@Unique('consultation_phases_kind_key', ['consultationId', 'kind'])
@Index('consultation_phases_dates_idx', ['kind', 'startsOn', 'endsOn'])
export class ConsultationPhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, (c) => c.phases, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ type: 'varchar', length: 24 })
  kind: PhaseKind;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;
}
