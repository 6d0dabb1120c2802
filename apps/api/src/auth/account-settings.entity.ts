import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The platform's account rules (one row, id 1), set by admins. */
@Entity('account_settings')
export class AccountSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** Whether people who have not verified their e-mail address may contribute. */
  @Column({ name: 'unverified_may_contribute', type: 'boolean', default: true })
  unverifiedMayContribute: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
