import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An e-mail kept for the admins' outbox page because no SMTP server is configured. */
@Entity('outbox_mails')
@Index('outbox_mails_created_idx', ['createdAt', 'id'])
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('outbox_mails_recipient_idx')
  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
