import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TranslatedText } from '@polyphony/contracts';
import { QuestionnaireEntity } from './questionnaire.entity';

@Entity('questionnaire_sections')
@Index('questionnaire_sections_position_idx', ['questionnaireId', 'position'])
export class QuestionnaireSectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'jsonb' })
  title: TranslatedText;

  @Column({ type: 'jsonb', default: {} })
  description: TranslatedText;
}
