import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ModerationAction, ModerationTarget } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

/** The audit log: every report, hide, restore, dismissal and status change, never updated. */
@Entity('moderation_actions')
@Index('moderation_actions_target_idx', ['targetType', 'targetId', 'createdAt'])
@Index('moderation_actions_created_idx', ['createdAt', 'id'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: ModerationTarget;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ type: 'varchar', length: 32 })
  action: ModerationAction;

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  /** Null for automatic actions (auto-hide after reports). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
