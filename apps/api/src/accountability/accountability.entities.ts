import { ActionTrackingEntity } from './action-tracking.entity';
import { IndicatorMeasurementEntity } from './indicator-measurement.entity';
import { ExternalityEntity } from './externality.entity';
import { NetworkMembershipEntity, PartnerEntity } from './partner.entity';
import { EvaluationEntity, EvaluationFindingEntity, EvaluationRecommendationEntity } from './evaluation.entity';

export const ACCOUNTABILITY_ENTITIES = [
  ActionTrackingEntity,
  IndicatorMeasurementEntity,
  ExternalityEntity,
  PartnerEntity,
  NetworkMembershipEntity,
  EvaluationEntity,
  EvaluationFindingEntity,
  EvaluationRecommendationEntity,
];
