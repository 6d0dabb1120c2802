import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { AnswerValue, ResponseStatus, StakeholderCategory } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

/**
 * One participant's response. A draft keeps its (possibly incomplete) answers in `draft`;
 * submitted answers live in questionnaire_answers, where results and exports read them.
 * The respondent's category and country are copied at each submission (what they were
 * when they answered), so results never join users.
 */
@Entity('questionnaire_responses')
@Unique('questionnaire_responses_user_key', ['questionnaireId', 'userId'])
@Index('questionnaire_responses_submitted_idx', ['questionnaireId', 'submittedAt', 'id'])
export class QuestionnaireResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Index('questionnaire_responses_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ResponseStatus;

  @Column({ type: 'jsonb', default: {} })
  draft: Record<string, AnswerValue>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  category: StakeholderCategory | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
