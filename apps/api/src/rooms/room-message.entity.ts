import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import type { ReactionCounts, StakeholderCategory } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RoomEntity } from './room.entity';

/**
 * One message of a room. Stored once per (room, author, client id): a retried send finds the
 * author's first one; a client id someone else already used never hides this author's text.
 */
@Entity('room_messages')
@Unique('room_messages_author_client_key', ['roomId', 'authorId', 'clientId'])
@Unique('room_messages_seq_key', ['roomId', 'seq'])
@Index('room_messages_rev_idx', ['roomId', 'rev'])
@Index('room_messages_author_created_idx', ['authorId', 'createdAt'])
@Index('room_messages_pinned_idx', ['roomId', 'pinnedAt'], { where: 'pinned_at IS NOT NULL' })
export class RoomMessageEntity {
  /** Chosen by the server before the insert, so the contribution can point at it in the same transaction. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Relation<RoomEntity>;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'int' })
  rev: number;

  @Column({ name: 'client_id', type: 'varchar', length: 64 })
  clientId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The author's category when posting (what synthesis counts). */
  @Column({ name: 'author_category', type: 'varchar', length: 32 })
  authorCategory: StakeholderCategory;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Plain text with light Markdown, rendered and sanitised on output; emptied when deleted. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 8, default: 'und' })
  language: string;

  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId: string | null;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: Relation<RoomMessageEntity>;

  @Column({ name: 'agenda_index', type: 'int', nullable: true })
  agendaIndex: number | null;

  @Column({ type: 'jsonb', default: { agree: 0, disagree: 0, plus_one: 0 } })
  reactions: ReactionCounts;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ name: 'key_point', type: 'boolean', default: false })
  keyPoint: boolean;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 300, nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
