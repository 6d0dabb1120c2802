import { Badge } from '@mantine/core';
import type { IndicatorStatus } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { AMBER } from './EvaluationBadges';

const COLORS: Record<IndicatorStatus, string> = { on_track: 'teal.9', at_risk: AMBER, off_track: 'red.9', no_data: 'gray.7' };

/** An indicator's computed status, in words (colour is never the only cue). */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('accountability');
  return (
    <Badge variant="outline" color={COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
