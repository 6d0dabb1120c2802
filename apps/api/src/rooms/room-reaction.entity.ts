import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ReactionKind } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { RoomMessageEntity } from './room-message.entity';

/** One person's reaction of one kind to one message. */
@Entity('room_reactions')
@Index('room_reactions_user_idx', ['userId', 'messageId'])
export class RoomReactionEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: ReactionKind;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Relation<RoomMessageEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
