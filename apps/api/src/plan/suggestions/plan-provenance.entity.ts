import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ContributionEntity } from '../../contributions/contribution.entity';
import { PlanEntity } from '../plan.entity';
import { PlanSectionEntity } from '../plan-section.entity';
import { PlanSuggestionEntity } from './plan-suggestion.entity';

/**
 * Provenance: a contribution stands behind a section (paragraph_key '') or one of its paragraphs.
 * Keyed on the stable section and paragraph ids, never on a version: editing the text, removing
 * and restoring the section leave the link in place.
 */
@Entity('plan_provenance')
@Unique('plan_provenance_link_key', ['sectionId', 'paragraphKey', 'contributionId'])
@Index('plan_provenance_plan_section_idx', ['planId', 'sectionId'])
@Index('plan_provenance_contribution_idx', ['contributionId'])
export class PlanProvenanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => PlanSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<PlanSectionEntity>;

  /** A paragraph id, or '' for the section as a whole (an action). */
  @Column({ name: 'paragraph_key', type: 'varchar', length: 36, default: '' })
  paragraphKey: string;

  @Column({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Index('plan_provenance_suggestion_idx')
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @ManyToOne(() => PlanSuggestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: Relation<PlanSuggestionEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
