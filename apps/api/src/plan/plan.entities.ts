import { PlanEntity } from './plan.entity';
import { PlanSectionEntity } from './plan-section.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from './versions/plan-version.entity';
import { PlanSuggestionEntity, PlanSuggestionSourceEntity } from './suggestions/plan-suggestion.entity';
import { PlanProvenanceEntity } from './suggestions/plan-provenance.entity';
import { PlanAnnotationEntity } from './review/plan-annotation.entity';

export const PLAN_ENTITIES = [
  PlanEntity,
  PlanSectionEntity,
  PlanIndicatorEntity,
  PlanVersionEntity,
  PlanVersionSectionEntity,
  PlanSuggestionEntity,
  PlanSuggestionSourceEntity,
  PlanProvenanceEntity,
  PlanAnnotationEntity,
];
