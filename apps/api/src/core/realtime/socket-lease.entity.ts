import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';

/**
 * One open socket of a signed-in person, counted against SOCKETS_PER_USER on every API process.
 * Deleted when the socket closes; the process holding it renews `expires_at` while it lives, so
 * the places held by a process that crashed free themselves once their lease runs out.
 */
@Entity('socket_leases')
export class SocketLeaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('socket_leases_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('socket_leases_process_idx')
  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  @Index('socket_leases_expires_idx')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
