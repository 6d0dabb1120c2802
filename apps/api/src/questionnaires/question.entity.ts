import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { QuestionOption, QuestionType, ScaleSettings, TranslatedText } from '@polyphony/contracts';
import { QuestionnaireEntity } from './questionnaire.entity';
import { QuestionnaireSectionEntity } from './questionnaire-section.entity';

/**
 * A question. Options are stored with stable keys: answers refer to keys, never to labels
 * or positions, so labels can be corrected and options reordered without touching answers.
 */
@Entity('questionnaire_questions')
@Index('questionnaire_questions_position_idx', ['questionnaireId', 'position'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Index('questionnaire_questions_section_idx')
  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => QuestionnaireSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<QuestionnaireSectionEntity>;

  /** Order across the whole questionnaire (sections first, then questions within). */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 24 })
  type: QuestionType;

  @Column({ type: 'jsonb' })
  prompt: TranslatedText;

  @Column({ type: 'jsonb', default: {} })
  help: TranslatedText;

  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ type: 'jsonb', default: [] })
  options: QuestionOption[];

  @Column({ name: 'max_choices', type: 'smallint', nullable: true })
  maxChoices: number | null;

  @Column({ type: 'jsonb', nullable: true })
  scale: ScaleSettings | null;
}
