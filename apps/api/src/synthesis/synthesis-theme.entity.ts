import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SynthesisRunEntity } from './synthesis-run.entity';

export interface StoredQuote {
  id: string;
  text: string;
  centrality: number;
  /** Language of the text, and the pivot translation the engine read (engine quotes). */
  language?: string;
  pivot?: string;
}

/**
 * A theme of a run as the workspace shows it: the engine's theme with the officials' edits
 * (renames, merges, splits) applied. Its members are rows of synthesis_theme_members.
 */
@Entity('synthesis_themes')
@Index('synthesis_themes_run_position_idx', ['runId', 'position'])
export class SynthesisThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => SynthesisRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: Relation<SynthesisRunEntity>;

  @Column({ type: 'int' })
  position: number;

  /** engine, merged, split, other. */
  @Column({ type: 'varchar', length: 16 })
  origin: string;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'boolean', default: false })
  renamed: boolean;

  @Column({ name: 'key_phrases', type: 'jsonb', default: [] })
  keyPhrases: string[];

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'real', default: 0 })
  cohesion: number;

  @Column({ type: 'jsonb', default: [] })
  quotes: StoredQuote[];

  @Column({ name: 'by_category', type: 'jsonb', default: {} })
  byCategory: Record<string, number>;

  @Column({ name: 'by_country', type: 'jsonb', default: {} })
  byCountry: Record<string, number>;

  @Column({ name: 'by_language', type: 'jsonb', default: {} })
  byLanguage: Record<string, number>;

  @Column({ name: 'by_source', type: 'jsonb', default: {} })
  bySource: Record<string, number>;
}
