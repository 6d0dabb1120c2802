import type { ConsultationStatus } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../shared/StatusBadge';

const COLORS: Record<ConsultationStatus, string> = { draft: 'gray', published: 'green', closed: 'orange', archived: 'dark' };

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation('consultations');
  return <StatusBadge color={COLORS[status]}>{t(`status.${status}`)}</StatusBadge>;
}
