import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '@polyphony/contracts';
import { StatusBadge } from '../../shared/StatusBadge';

const COLOURS: Record<PlanStatus, string> = { draft: 'gray', public_review: 'orange', adopted: 'green' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plan');
  return <StatusBadge color={COLOURS[status]}>{t(`status.${status}`)}</StatusBadge>;
}
