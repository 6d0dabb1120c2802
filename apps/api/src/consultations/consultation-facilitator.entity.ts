import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';

/** The per-consultation `facilitator` role. */
@Entity('consultation_facilitators')
export class ConsultationFacilitatorEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Index('consultation_facilitators_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ConsultationEntity, (c) => c.facilitators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<ConsultationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
