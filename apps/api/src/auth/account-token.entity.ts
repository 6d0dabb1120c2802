import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountTokenPurpose } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

/**
 * A single-use link sent by e-mail (or handed over by an admin): password reset, e-mail
 * verification, change of address, one-time sign-in. Only the token's SHA-256 is stored.
 */
@Entity('account_tokens')
@Index('account_tokens_user_idx', ['userId', 'purpose'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('account_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 24 })
  purpose: AccountTokenPurpose;

  /** For a change of address: the new address, confirmed by the link sent there. */
  @Column({ name: 'new_email', type: 'varchar', length: 254, nullable: true })
  newEmail: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** The admin who issued it by hand (null when the person asked for it). */
  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
