import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { Language, PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';
import { UserEntity } from '../../users/user.entity';
import { PlanEntity } from '../plan.entity';

export interface VersionHeader {
  title: TranslatedText;
  periodStart: number;
  periodEnd: number;
  languages: Language[];
}

/** A named version: an immutable snapshot of the plan (header here, sections in plan_version_sections). */
@Entity('plan_versions')
@Unique('plan_versions_plan_number_key', ['planId', 'number'])
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  /** 1, 2, 3... per plan. */
  @Column({ type: 'int' })
  number: number;

  /** Per language, as officials named it (the territory's default language for names given before 2026-12). */
  @Column({ type: 'jsonb' })
  name: TranslatedText;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'jsonb' })
  header: VersionHeader;

  /** Public review: none, open (participants annotate), closed (annotations kept, read only). */
  @Index('plan_versions_review_idx')
  @Column({ type: 'varchar', length: 8, default: 'none' })
  review: 'none' | 'open' | 'closed';

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A section as a version holds it (its code is the numbering at the time: "included in action 2.3 of version 4"). */
@Entity('plan_version_sections')
@Index('plan_version_sections_section_idx', ['sectionId'])
export class PlanVersionSectionEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => PlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<PlanVersionEntity>;

  @PrimaryColumn({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: PlanSectionKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'jsonb' })
  content: SectionContent;

  @Column({ type: 'jsonb', default: {} })
  html: Record<string, TranslatedText>;

  /** sha1 of the canonical content and place: the diff compares hashes before looking inside. */
  @Column({ type: 'varchar', length: 40 })
  hash: string;
}
