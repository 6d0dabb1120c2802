import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { RunComparison, SynthesisRunStatus } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One synthesis of a consultation (or of one of its rooms): what went in (the contribution ids
 * and their hash), with which parameters and engine, how long it took, and what changed since
 * the previous run. Its themes are rows of synthesis_themes.
 */
@Entity('synthesis_runs')
@Index('synthesis_runs_scope_created_idx', ['consultationId', 'roomId', 'createdAt', 'id'])
export class SynthesisRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  /** A room's own synthesis; null for the whole consultation. */
  @Index('synthesis_runs_room_idx')
  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Relation<RoomEntity>;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: SynthesisRunStatus;

  @Column({ type: 'int', default: 0 })
  progress: number;

  /** queued, loading, analysing, storing, done, failed. */
  @Column({ type: 'varchar', length: 32, default: 'queued' })
  stage: string;

  /** manual, demo, ... */
  @Column({ type: 'varchar', length: 16, default: 'manual' })
  trigger: string;

  @Column({ name: 'job_id', type: 'varchar', length: 64, nullable: true })
  jobId: string | null;

  @Column({ type: 'jsonb', default: {} })
  parameters: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  engine: string | null;

  @Column({ name: 'input_hash', type: 'varchar', length: 64, nullable: true })
  inputHash: string | null;

  /** The contributions analysed, in the order given to the engine (provenance). */
  @Column({ name: 'input_ids', type: 'jsonb', default: [] })
  inputIds: string[];

  @Column({ name: 'input_count', type: 'int', default: 0 })
  inputCount: number;

  @Column({ type: 'jsonb', nullable: true })
  counts: Record<string, number> | null;

  /** Milliseconds per stage: load, analyse, store, total. */
  @Column({ type: 'jsonb', nullable: true })
  timings: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'jsonb', nullable: true })
  comparison: RunComparison | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
