import type { InterviewStatus } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../shared/StatusBadge';

const COLORS: Record<InterviewStatus, string> = { planned: 'blue', held: 'green', cancelled: 'gray' };

export function InterviewStatusBadge({ status }: { status: InterviewStatus }) {
  const { t } = useTranslation('interviews');
  return <StatusBadge color={COLORS[status]}>{t(`status.${status}`)}</StatusBadge>;
}
