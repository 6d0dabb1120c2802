import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language, Role, StakeholderCategory } from '@polyphony/contracts';

@Entity('users')
/** Full-text index on the display name (co-author search), created by hand in the PeopleNameSearch migration. */
@Index('users_display_name_search_idx', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased; null once the account is deleted (the row stays, pseudonymised). */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName: string;

  @Column({ name: 'preferred_language', type: 'varchar', length: 2 })
  preferredLanguage: Language;

  @Index('users_category_idx')
  @Column({ type: 'varchar', length: 32 })
  category: StakeholderCategory;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'origin_territory', type: 'varchar', length: 120, nullable: true })
  originTerritory: string | null;

  @Index('users_role_idx')
  @Column({ type: 'varchar', length: 16, default: 'participant' })
  role: Role;

  @Column({ name: 'privacy_consent_at', type: 'timestamptz', nullable: true })
  privacyConsentAt: Date | null;

  @Column({ name: 'privacy_consent_version', type: 'varchar', length: 16, nullable: true })
  privacyConsentVersion: string | null;

  /** When the person proved they read this address (a link, an invitation, a reset or a trusted sign-on). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set by an admin: a blocked person cannot sign in and their sessions are gone. */
  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  @Column({ name: 'blocked_reason', type: 'varchar', length: 500, nullable: true })
  blockedReason: string | null;

  /** `issuer|subject` of the OpenID Connect identity linked to this account. */
  @Index('users_oidc_subject_key', { unique: true })
  @Column({ name: 'oidc_subject', type: 'varchar', length: 400, nullable: true })
  oidcSubject: string | null;

  @Column({ name: 'pseudonymised_at', type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
