import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A machine translation, stored once per source text, direction and engine version (the engine version
 * changes with the language data, so an upgrade translates again rather than serving stale output).
 */
@Entity('machine_translations')
export class MachineTranslationEntity {
  /** sha256 of the source text (UTF-8). */
  @PrimaryColumn({ name: 'source_hash', type: 'bytea' })
  sourceHash: Buffer;

  @PrimaryColumn({ name: 'source_language', type: 'varchar', length: 2 })
  sourceLanguage: string;

  @PrimaryColumn({ name: 'target_language', type: 'varchar', length: 2 })
  targetLanguage: string;

  @PrimaryColumn({ name: 'engine_version', type: 'varchar', length: 80 })
  engineVersion: string;

  @Column({ type: 'text' })
  translation: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** How far the background job has translated each kind of contribution (by creation time). */
@Entity('machine_translation_sweeps')
export class MachineTranslationSweepEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  source: string;

  @Column({ name: 'swept_until', type: 'timestamptz' })
  sweptUntil: Date;
}

export const TRANSLATION_ENTITIES = [MachineTranslationEntity, MachineTranslationSweepEntity];
