import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ModerationTarget } from '@polyphony/contracts';

/**
 * The moderation state of one piece of content, kept in step with its reports and decisions
 * (same transaction), so the queue reads one indexed table whatever the kind of content.
 */
@Entity('moderation_cases')
@Index('moderation_cases_open_idx', ['lastReportAt', 'targetId'], { where: '"open_reports" > 0' })
@Index('moderation_cases_hidden_idx', ['updatedAt', 'targetId'], { where: '"hidden"' })
export class ModerationCaseEntity {
  @PrimaryColumn({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: ModerationTarget;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'open_reports', type: 'int', default: 0 })
  openReports: number;

  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ name: 'last_report_at', type: 'timestamptz', nullable: true })
  lastReportAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
