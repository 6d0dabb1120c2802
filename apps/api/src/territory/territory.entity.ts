import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TranslatedText } from '@polyphony/contracts';

/** The territory whose international strategy is built on this instance. */
@Entity('territories')
export class TerritoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('territories_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'jsonb' })
  name: TranslatedText;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'jsonb', default: {} })
  description: TranslatedText;

  @Column({ type: 'jsonb', default: [] })
  municipalities: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
