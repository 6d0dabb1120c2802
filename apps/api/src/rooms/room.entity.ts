import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { AgendaItem, Language, RoomAccess, RoomStatus, StakeholderCategory, TranslatedText } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { UserEntity } from '../users/user.entity';

/** A live discussion room of a consultation. Its row also holds the room's counters. */
@Entity('rooms')
@Index('rooms_consultation_starts_idx', ['consultationId', 'startsAt', 'id'])
@Index('rooms_status_starts_idx', ['status', 'startsAt', 'id'])
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @Column({ type: 'jsonb' })
  title: TranslatedText;

  /** Markdown per language, sanitised when rendered. */
  @Column({ type: 'jsonb', default: {} })
  description: TranslatedText;

  @Column({ type: 'jsonb', default: [] })
  agenda: AgendaItem[];

  @Column({ name: 'current_agenda_index', type: 'int', nullable: true })
  currentAgendaIndex: number | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'jsonb', default: ['fr'] })
  languages: Language[];

  @Column({ type: 'varchar', length: 16, default: 'signed_in' })
  access: RoomAccess;

  @Column({ name: 'invited_categories', type: 'jsonb', default: [] })
  invitedCategories: StakeholderCategory[];

  @Column({ name: 'invited_organisation_ids', type: 'jsonb', default: [] })
  invitedOrganisationIds: string[];

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: RoomStatus;

  @Column({ name: 'slow_mode_seconds', type: 'int', default: 0 })
  slowModeSeconds: number;

  /**
   * The last message sequence number given out. Incremented in the transaction that inserts the
   * message: the row lock makes posting in one room strictly ordered across API processes.
   */
  @Column({ name: 'last_seq', type: 'int', default: 0 })
  lastSeq: number;

  /** The last revision: every change to a message of the room takes the next one (catch-up after reconnection). */
  @Column({ name: 'last_rev', type: 'int', default: 0 })
  lastRev: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: UserEntity;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
