import { ConsultationEntity } from '../consultations/consultation.entity';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StakeholderCategory } from '@polyphony/contracts';

/**
 * The stakeholder balance aggregate: one row per consultation and participant (a person, an
 * organisation, or a named institution), maintained by ContributionsService in the same
 * transaction as the contribution or participation that changes it. The dashboards group
 * this table (about one row per participant) instead of the contributions (ten times more rows).
 */
@Entity('consultation_participants')
@Index('consultation_participants_first_idx', ['consultationId', 'firstAt'])
export class ParticipantEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  /** 'u:<user id>', 'o:<organisation id>' or 'l:<lower-cased institution name>'. */
  @PrimaryColumn({ name: 'participant_key', type: 'varchar', length: 220 })
  participantKey: string;

  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Where a diaspora participant comes from (their own words). */
  @Column({ name: 'origin_territory', type: 'varchar', length: 120, nullable: true })
  originTerritory: string | null;

  /** Rows of `contributions` by this participant in this consultation. */
  @Column({ type: 'int', default: 0 })
  contributions: number;

  /** Inputs without text (a questionnaire answered with choices only...): rows of `participations`. */
  @Column({ name: 'other_inputs', type: 'int', default: 0 })
  otherInputs: number;

  @Column({ name: 'first_at', type: 'timestamptz' })
  firstAt: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt: Date;
}
