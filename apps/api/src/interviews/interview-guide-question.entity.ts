import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TranslatedText } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';

/** One question of a consultation's interview guide, in order, translatable. */
@Entity('interview_guide_questions')
@Index('interview_guide_questions_consultation_idx', ['consultationId', 'position'])
export class InterviewGuideQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  text: TranslatedText;
}
