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
import type { ConsultationStatus, Language, Quotas, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { ConsultationPhaseEntity } from './consultation-phase.entity';
import { ConsultationFacilitatorEntity } from './consultation-facilitator.entity';

@Entity('consultations')
@Index('consultations_status_created_idx', ['status', 'createdAt', 'id'])
/** GIN index on search_vector, created by hand in the migration (TypeORM cannot express GIN). */
@Index('consultations_search_idx', { synchronize: false })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('consultations_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'jsonb' })
  title: TranslatedText;

  @Column({ type: 'jsonb', default: {} })
  summary: TranslatedText;

  /** Markdown per language, sanitised when rendered. */
  @Column({ type: 'jsonb', default: {} })
  body: TranslatedText;

  @Column({ type: 'jsonb', default: ['fr'] })
  languages: Language[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ConsultationStatus;

  @Column({ type: 'jsonb', default: {} })
  quotas: Quotas;

  /** The plan this consultation feeds (a free reference until the plan feature links it). */
  @Column({ name: 'plan_reference', type: 'varchar', length: 200, nullable: true })
  planReference: string | null;

  /** Title, summary and body per language with that language's text-search configuration. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: UserEntity;

  @OneToMany(() => ConsultationPhaseEntity, (p) => p.consultation)
  phases?: Relation<ConsultationPhaseEntity[]>;

  @OneToMany(() => ConsultationFacilitatorEntity, (f) => f.consultation)
  facilitators?: Relation<ConsultationFacilitatorEntity[]>;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
