import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language, Role, StakeholderCategory } from '@polyphony/contracts';

@Entity('users')
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

  @Column({ name: 'pseudonymised_at', type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
