import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language, OrganisationCategory } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

@Entity('organisations')
@Index('organisations_name_id_idx', ['name', 'id'])
/** Full-text index on ORGANISATION_SEARCH_VECTOR, created by hand in the migration (TypeORM cannot express it). */
@Index('organisations_search_idx', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organisations_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 180 })
  slug: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Index('organisations_category_idx')
  @Column({ type: 'varchar', length: 32 })
  category: OrganisationCategory;

  @Index('organisations_country_idx')
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** Written by the organisation in its own language (kept as written). */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'description_language', type: 'varchar', length: 2, nullable: true })
  descriptionLanguage: Language | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Names and descriptions mix languages: the 'simple' configuration, searched by prefix. */
export const ORGANISATION_SEARCH_VECTOR = `to_tsvector('simple', coalesce(o.name, '') || ' ' || coalesce(o.city, '') || ' ' || coalesce(o.description, ''))`;
