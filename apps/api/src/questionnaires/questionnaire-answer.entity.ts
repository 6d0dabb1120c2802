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
import type { StakeholderCategory } from '@polyphony/contracts';
import { QuestionEntity } from './question.entity';
import { QuestionnaireResponseEntity } from './questionnaire-response.entity';

/**
 * A submitted answer to one question. Its id is stable across edits (it is the
 * contribution's source_ref for free text). The question foreign key has no cascade:
 * the database itself refuses to delete a question that has answers.
 */
@Entity('questionnaire_answers')
@Unique('questionnaire_answers_response_question_key', ['responseId', 'questionId'])
@Index('questionnaire_answers_text_idx', ['questionId', 'createdAt', 'id'], { where: 'text_value IS NOT NULL' })
@Index('questionnaire_answers_text_category_idx', ['questionId', 'respondentCategory', 'createdAt', 'id'], {
  where: 'text_value IS NOT NULL',
})
@Index('questionnaire_answers_text_country_idx', ['questionId', 'respondentCountry', 'createdAt', 'id'], {
  where: 'text_value IS NOT NULL',
})
export class QuestionnaireAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @ManyToOne(() => QuestionnaireResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: Relation<QuestionnaireResponseEntity>;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity)
  @JoinColumn({ name: 'question_id' })
  question?: Relation<QuestionEntity>;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  /** Option keys: the chosen one(s), or the full ranking in order. */
  @Column({ name: 'choice_keys', type: 'varchar', array: true, nullable: true })
  choiceKeys: string[] | null;

  @Column({ name: 'number_value', type: 'smallint', nullable: true })
  numberValue: number | null;

  @Column({ name: 'text_value', type: 'text', nullable: true })
  textValue: string | null;

  @Column({ name: 'country_value', type: 'char', length: 2, nullable: true })
  countryValue: string | null;

  @Column({ name: 'respondent_category', type: 'varchar', length: 32 })
  respondentCategory: StakeholderCategory;

  @Column({ name: 'respondent_country', type: 'char', length: 2, nullable: true })
  respondentCountry: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
