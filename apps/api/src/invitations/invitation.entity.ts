import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { InvitationTarget, Language, StakeholderCategory } from '@polyphony/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * An invitation by e-mail to the platform, a consultation's interviews, a closed room or an
 * organisation. The link carries a token; only its SHA-256 is stored (a reminder issues a new one).
 */
@Entity('invitations')
@Index('invitations_target_idx', ['targetType', 'targetId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('invitations_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Index('invitations_email_idx')
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 180, nullable: true })
  organisationName: string | null;

  /** The organisation the invitee joins on acceptance (created from the name when new). */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType: InvitationTarget;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
