import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { RoomEntity } from './room.entity';

/**
 * A person's standing in a room that must hold across API processes: a raised hand (the queue,
 * in order of raising) and a facilitator's mute.
 */
@Entity('room_participants')
@Index('room_participants_hand_idx', ['roomId', 'handRaisedAt'], { where: 'hand_raised_at IS NOT NULL' })
export class RoomParticipantEntity {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @Index('room_participants_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Relation<RoomEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'hand_raised_at', type: 'timestamptz', nullable: true })
  handRaisedAt: Date | null;

  @Column({ name: 'muted_at', type: 'timestamptz', nullable: true })
  mutedAt: Date | null;

  @Column({ name: 'muted_by', type: 'uuid', nullable: true })
  mutedById: string | null;
}
