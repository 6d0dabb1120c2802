import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { InterviewFormat, InterviewKind, InterviewStatus } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { UserEntity } from '../users/user.entity';
import { InterviewInviteeEntity } from './interview-invitee.entity';
import { InterviewKeyPointEntity } from './interview-key-point.entity';

/** An interview or a meeting with institutions, held for a consultation. */
@Entity('interviews')
@Index('interviews_consultation_scheduled_idx', ['consultationId', 'scheduledAt', 'id'])
@Index('interviews_consultation_status_idx', ['consultationId', 'status', 'scheduledAt', 'id'])
export class InterviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: InterviewKind;

  @Column({ type: 'varchar', length: 16 })
  format: InterviewFormat;

  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status: InterviewStatus;

  @Column({ type: 'varchar', length: 200, default: '' })
  title: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  /** The date the interviewee consented to being recorded and quoted. */
  @Column({ name: 'consent_at', type: 'date', nullable: true })
  consentAt: string | null;

  /** Notes per guide question id. */
  @Column({ type: 'jsonb', default: {} })
  notes: Record<string, string>;

  @Column({ name: 'interviewer_ids', type: 'uuid', array: true, default: () => "'{}'" })
  interviewerIds: string[];

  @OneToMany(() => InterviewInviteeEntity, (i) => i.interview)
  invitees?: Relation<InterviewInviteeEntity[]>;

  @OneToMany(() => InterviewKeyPointEntity, (k) => k.interview)
  keyPoints?: Relation<InterviewKeyPointEntity[]>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
