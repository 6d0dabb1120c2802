import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PublicTextKind, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

/** One version of a public text; the highest version of a kind is the one shown. Rows are never changed. */
@Entity('public_texts')
@Index('public_texts_kind_version_key', ['kind', 'version'], { unique: true })
export class PublicTextEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  kind: PublicTextKind;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  body: TranslatedText;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
