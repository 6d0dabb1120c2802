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
import type { Language, PlanStatus, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from '../consultations/consultation.entity';

/** A plan (the territory's international strategy): its header; the body is plan_sections. */
@Entity('plans')
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('plans_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'jsonb' })
  title: TranslatedText;

  @Column({ name: 'period_start', type: 'int' })
  periodStart: number;

  @Column({ name: 'period_end', type: 'int' })
  periodEnd: number;

  @Index('plans_status_idx')
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: PlanStatus;

  @Column({ type: 'jsonb', default: ['fr'] })
  languages: Language[];

  /** The consultation the plan is built from (its contributions feed suggestions; its annex counts). */
  @Index('plans_consultation_idx')
  @Column({ name: 'consultation_id', type: 'uuid', nullable: true })
  consultationId: string | null;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  /** Optimistic concurrency on the header. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
