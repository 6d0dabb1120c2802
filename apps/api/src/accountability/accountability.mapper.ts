import type { Externality, Measurement, Partner } from '@polyphony/contracts';
import type { ExternalityEntity } from './externality.entity';
import type { IndicatorMeasurementEntity } from './indicator-measurement.entity';
import type { PartnerEntity } from './partner.entity';

export const toExternality = (e: ExternalityEntity): Externality => ({
  id: e.id,
  actionId: e.actionId,
  observedOn: e.observedOn,
  description: e.description,
  mitigation: e.mitigation,
});

export const toMeasurement = (m: IndicatorMeasurementEntity): Measurement => ({
  id: m.id,
  measuredOn: m.measuredOn,
  value: m.value,
  assessment: m.assessment,
  rating: m.rating,
  source: m.source,
  note: m.note,
});

/** A partner territory as the API answers it (without its creation date). */
export const toPartner = ({ createdAt: _c, ...p }: PartnerEntity): Partner => p;
