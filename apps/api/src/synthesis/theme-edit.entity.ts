import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { UserEntity } from '../users/user.entity';

export type ThemeEditKind = 'rename' | 'merge' | 'split';

/**
 * An official's hand edit of themes, keyed on member sets (not theme ids) so that it is applied
 * again to later runs wherever a theme's members match closely enough (Jaccard overlap).
 */
@Entity('synthesis_theme_edits')
@Index('synthesis_theme_edits_scope_idx', ['consultationId', 'roomId', 'createdAt'])
export class ThemeEditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Relation<RoomEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: ThemeEditKind;

  /** The member sets edited: one for rename and split, two or more for merge. */
  @Column({ name: 'member_sets', type: 'jsonb' })
  memberSets: string[][];

  /** For a split: the members that leave to form the new theme. */
  @Column({ type: 'jsonb', nullable: true })
  part: string[] | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
