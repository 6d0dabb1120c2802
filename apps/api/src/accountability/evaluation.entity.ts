import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type {
  EvaluationKind,
  EvaluationStatus,
  EvaluatorKind,
  FindingAssessment,
  FollowUpStatus,
  RecommendationPriority,
  TranslatedText,
} from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { UserEntity } from '../users/user.entity';

/** An intermediate or final evaluation of a plan: a draft (officials only) until published (public, text frozen). */
@Entity('plan_evaluations')
@Index('plan_evaluations_plan_status_idx', ['planId', 'status'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: EvaluationKind;

  @Column({ type: 'jsonb' })
  title: TranslatedText;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'evaluated_on', type: 'date', nullable: true })
  evaluatedOn: string | null;

  @Column({ name: 'evaluator_kind', type: 'varchar', length: 16 })
  evaluatorKind: EvaluatorKind;

  @Column({ name: 'evaluator_name', type: 'varchar', length: 200, nullable: true })
  evaluatorName: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: EvaluationStatus;

  /** Markdown per language (rendered when read). */
  @Column({ type: 'jsonb', default: {} })
  summary: TranslatedText;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Optimistic concurrency: bumped by every save of the draft and by publication. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: UserEntity;

  @OneToMany(() => EvaluationFindingEntity, (f) => f.evaluation)
  findings?: Relation<EvaluationFindingEntity[]>;

  @OneToMany(() => EvaluationRecommendationEntity, (r) => r.evaluation)
  recommendations?: Relation<EvaluationRecommendationEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * What findings and recommendations have in common: a place in their evaluation, a text, and links
 * to some of the plan's actions and indicators. The links are short bounded lists (20 at most) read
 * with their evaluation, so they are uuid arrays checked against the plan's own live actions and
 * indicators on every write, not join tables.
 */
abstract class EvaluationItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  text: TranslatedText;

  @Column({ name: 'action_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actionIds: string[];

  @Column({ name: 'indicator_ids', type: 'uuid', array: true, default: () => "'{}'" })
  indicatorIds: string[];
}

/** What an evaluation found, optionally about some of the plan's actions and indicators. */
@Entity('plan_evaluation_findings')
@Index('plan_evaluation_findings_evaluation_idx', ['evaluationId', 'position'])
export class EvaluationFindingEntity extends EvaluationItemColumns {
  @ManyToOne(() => EvaluationEntity, (e) => e.findings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<EvaluationEntity>;

  @Column({ type: 'varchar', length: 16 })
  assessment: FindingAssessment;
}

/** What an evaluation recommends, and the territory's follow-up of it (updated after publication too). */
@Entity('plan_evaluation_recommendations')
@Index('plan_evaluation_recommendations_evaluation_idx', ['evaluationId', 'position'])
export class EvaluationRecommendationEntity extends EvaluationItemColumns {
  @ManyToOne(() => EvaluationEntity, (e) => e.recommendations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: Relation<EvaluationEntity>;

  @Column({ type: 'varchar', length: 8 })
  priority: RecommendationPriority;

  @Column({ name: 'follow_up_status', type: 'varchar', length: 16, default: 'open' })
  followUpStatus: FollowUpStatus;

  @Column({ name: 'follow_up_response', type: 'jsonb', nullable: true })
  followUpResponse: TranslatedText | null;

  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn: string | null;

  @Column({ name: 'follow_up_by_id', type: 'uuid', nullable: true })
  followUpById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'follow_up_by_id' })
  followUpBy?: UserEntity;
}
