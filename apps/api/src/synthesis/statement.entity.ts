import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { ContributionEntity } from '../contributions/contribution.entity';
import { RoomEntity } from '../rooms/room.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A short statement participants vote on (agree / disagree / pass), in a consultation or one of
 * its rooms. Written by an official, promoted from a contribution, or imported from Polis.
 * Its vote counters are kept in the transaction of each vote.
 */
@Entity('synthesis_statements')
@Index('synthesis_statements_scope_created_idx', ['consultationId', 'roomId', 'createdAt', 'id'])
@Unique('synthesis_statements_external_key', ['consultationId', 'externalRef'])
export class StatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Index('synthesis_statements_room_idx')
  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Relation<RoomEntity>;

  @Column({ type: 'varchar', length: 300 })
  text: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  /** official, contribution, polis, demo. */
  @Column({ type: 'varchar', length: 16 })
  origin: string;

  @Column({ name: 'contribution_id', type: 'uuid', nullable: true })
  contributionId: string | null;

  @ManyToOne(() => ContributionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  /** A natural key for imported or demo statements ('polis:<import>:<comment id>'). */
  @Column({ name: 'external_ref', type: 'varchar', length: 120, nullable: true })
  externalRef: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'int', default: 0 })
  agree: number;

  @Column({ type: 'int', default: 0 })
  disagree: number;

  @Column({ type: 'int', default: 0 })
  pass: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
