import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InterviewEntity } from './interview.entity';
import { InterviewInviteeEntity } from './interview-invitee.entity';

/** A short statement from an interview, attributed to an invited institution; mirrored as a contribution. */
@Entity('interview_key_points')
export class InterviewKeyPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('interview_key_points_interview_idx')
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, (i) => i.keyPoints, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<InterviewEntity>;

  /** The institution it is attributed to; an invitee with key points cannot be removed. */
  @Index('interview_key_points_invitee_idx')
  @Column({ name: 'invitee_id', type: 'uuid' })
  inviteeId: string;

  @ManyToOne(() => InterviewInviteeEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'invitee_id' })
  invitee?: Relation<InterviewInviteeEntity>;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
