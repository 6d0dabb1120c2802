import { Badge, type BadgeProps } from '@mantine/core';
import type { EvaluationStatus, FindingAssessment, FollowUpStatus, RecommendationPriority } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

/** Mantine's orange.9 is below 4.5:1 on white for small text: a darker amber instead. */
export const AMBER = '#9a3c00';
const ASSESSMENT: Record<FindingAssessment, string> = { positive: 'teal.9', mixed: AMBER, negative: 'red.9' };
const FOLLOW_UP: Record<FollowUpStatus, string> = { open: 'gray.8', in_progress: 'blue.9', implemented: 'teal.9', declined: 'grape.9' };
const PRIORITY: Record<RecommendationPriority, string> = { high: 'red.9', medium: AMBER, low: 'gray.8' };

/** Words on every badge: colour is never the only cue. */
/** `w` gives badges of a list one width, so that the texts beside them line up. */
export function AssessmentBadge({ value, w }: { value: FindingAssessment; w?: BadgeProps['w'] }) {
  const { t } = useTranslation('accountability');
  return (
    <Badge variant="outline" color={ASSESSMENT[value]} w={w} style={{ flexShrink: 0 }}>
      {t(`evaluations.assessment.${value}`)}
    </Badge>
  );
}

export function FollowUpBadge({ value }: { value: FollowUpStatus }) {
  const { t } = useTranslation('accountability');
  return (
    <Badge variant="outline" color={FOLLOW_UP[value]} style={{ flexShrink: 0 }}>
      {t(`evaluations.followUp.${value}`)}
    </Badge>
  );
}

export function PriorityBadge({ value, w }: { value: RecommendationPriority; w?: BadgeProps['w'] }) {
  const { t } = useTranslation('accountability');
  return (
    <Badge variant="outline" color={PRIORITY[value]} w={w} style={{ flexShrink: 0 }}>
      {t(`evaluations.priority.${value}`)}
    </Badge>
  );
}

export function EvaluationStatusBadge({ value }: { value: EvaluationStatus }) {
  const { t } = useTranslation('accountability');
  return (
    <Badge variant={value === 'published' ? 'filled' : 'outline'} color={value === 'published' ? 'teal.9' : 'gray.8'} miw="max-content">
      {t(`evaluations.status.${value}`)}
    </Badge>
  );
}
