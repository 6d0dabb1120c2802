import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { SectionContent, SuggestionKind, SuggestionSourceKind, SuggestionStatus } from '@polyphony/contracts';
import { UserEntity } from '../../users/user.entity';
import { ContributionEntity } from '../../contributions/contribution.entity';
import { PlanEntity } from '../plan.entity';

/**
 * From synthesis to the draft: a theme, a proposal or a key point turned by an official into a
 * proposed change of one section (a new action under a line, an added paragraph, an amended one).
 */
@Entity('plan_suggestions')
@Index('plan_suggestions_plan_status_created_idx', ['planId', 'status', 'createdAt', 'id'])
@Index('plan_suggestions_source_idx', ['sourceKind', 'sourceRef'])
export class PlanSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: SuggestionKind;

  @Column({ name: 'source_kind', type: 'varchar', length: 24 })
  sourceKind: SuggestionSourceKind;

  /** Theme id, proposal id or key point contribution id. */
  @Column({ name: 'source_ref', type: 'varchar', length: 80 })
  sourceRef: string;

  /** The theme's label, the proposal's title, the key point's opening words (as they were). */
  @Column({ name: 'source_label', type: 'varchar', length: 300 })
  sourceLabel: string;

  @Column({ name: 'target_section_id', type: 'uuid' })
  targetSectionId: string;

  @Column({ name: 'target_paragraph_id', type: 'uuid', nullable: true })
  targetParagraphId: string | null;

  @Column({ type: 'jsonb' })
  content: SectionContent;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: SuggestionStatus;

  /** Why it was not retained (shown to contributors). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The action created or the section changed, once accepted. */
  @Index('plan_suggestions_result_idx')
  @Column({ name: 'result_section_id', type: 'uuid', nullable: true })
  resultSectionId: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The contributions behind a suggestion (kept whatever is decided: a rejection is a fate too). */
@Entity('plan_suggestion_sources')
@Index('plan_suggestion_sources_contribution_idx', ['contributionId'])
export class PlanSuggestionSourceEntity {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @ManyToOne(() => PlanSuggestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id' })
  suggestion?: Relation<PlanSuggestionEntity>;

  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;
}
