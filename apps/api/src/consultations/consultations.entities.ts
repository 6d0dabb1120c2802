import { ConsultationEntity } from './consultation.entity';
import { ConsultationPhaseEntity } from './consultation-phase.entity';
import { ConsultationFacilitatorEntity } from './consultation-facilitator.entity';

export const CONSULTATION_ENTITIES = [ConsultationEntity, ConsultationPhaseEntity, ConsultationFacilitatorEntity];
