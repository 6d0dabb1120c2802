import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { ModerationTarget, ReportReason } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

/** A person's report on a piece of content; one per person and target. */
@Entity('moderation_reports')
@Unique('moderation_reports_target_reporter_key', ['targetType', 'targetId', 'reporterId'])
export class ModerationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: ModerationTarget;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Index('moderation_reports_reporter_idx')
  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  reason: ReportReason;

  @Column({ type: 'varchar', length: 1000, default: '' })
  details: string;

  /** Set when a moderator decides on the target (hide, restore or dismiss). */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
