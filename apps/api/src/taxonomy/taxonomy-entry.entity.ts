import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TaxonomyKind, TranslatedText } from '@polyphony/contracts';

/** One entry of the territory's vocabulary: a strategic line, a region, an agenda or an indicator unit. */
@Entity('taxonomy_entries')
@Index('taxonomy_entries_kind_key_key', ['kind', 'key'], { unique: true })
@Index('taxonomy_entries_kind_position_idx', ['kind', 'position'])
export class TaxonomyEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  kind: TaxonomyKind;

  /** What data points at; never changes. */
  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Column({ type: 'jsonb' })
  label: TranslatedText;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
