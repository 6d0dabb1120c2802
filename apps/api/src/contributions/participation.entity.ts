import { ConsultationEntity } from '../consultations/consultation.entity';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { StakeholderCategory } from '@polyphony/contracts';

/**
 * Taking part without text (a questionnaire answered with choices only, later a vote...):
 * counted in the stakeholder balance like a contribution, never read by synthesis.
 * Features record it through ContributionsService.recordParticipation in their transaction.
 */
@Entity('participations')
@Unique('participations_source_ref_key', ['source', 'sourceRef'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('participations_consultation_idx')
  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  /** Free text naming the origin ('questionnaire_response', 'vote'...). */
  @Column({ type: 'varchar', length: 32 })
  source: string;

  @Column({ name: 'source_ref', type: 'varchar', length: 80 })
  sourceRef: string;

  @Column({ name: 'participant_key', type: 'varchar', length: 220 })
  participantKey: string;

  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
