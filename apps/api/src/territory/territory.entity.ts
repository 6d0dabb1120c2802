import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language, TerritoryKind, TranslatedText } from '@polyphony/contracts';

/** The territory whose international strategy is built on this instance, with its settings (issue 14). */
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

  @Column({ type: 'varchar', length: 16, default: 'metropolis' })
  kind: TerritoryKind;

  /** IANA name: every date in pages, e-mails, transcripts and PDFs is shown in it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  /** The languages the web offers (a subset of fr, es, ca, en) and the one it falls back to. */
  @Column({ type: 'jsonb', default: ['fr', 'es', 'ca', 'en'] })
  languages: Language[];

  @Column({ name: 'default_language', type: 'varchar', length: 2, default: 'fr' })
  defaultLanguage: Language;

  @Column({ name: 'primary_color', type: 'varchar', length: 7, nullable: true })
  primaryColor: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  /** The logo's bytes (a sanitised SVG or a raster image), served by /api/instance/logo. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo: Buffer | null;

  @Column({ name: 'logo_type', type: 'varchar', length: 32, nullable: true })
  logoType: string | null;

  @Column({ name: 'logo_updated_at', type: 'timestamptz', nullable: true })
  logoUpdatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
