import { ActionTrackingEntity } from './action-tracking.entity';
import { IndicatorMeasurementEntity } from './indicator-measurement.entity';
import { ExternalityEntity } from './externality.entity';
import { NetworkMembershipEntity, PartnerEntity } from './partner.entity';

export const ACCOUNTABILITY_ENTITIES = [ActionTrackingEntity, IndicatorMeasurementEntity, ExternalityEntity, PartnerEntity, NetworkMembershipEntity];
