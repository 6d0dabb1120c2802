import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The administration audit log: who did what to whom, never updated. */
@Entity('audit_log')
@Index('audit_log_created_idx', ['createdAt', 'id'])
@Index('audit_log_actor_idx', ['actorId', 'createdAt'])
@Index('audit_log_action_idx', ['action', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for what the system did by itself. No foreign key: the log outlives accounts. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Index('audit_log_target_idx')
  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
