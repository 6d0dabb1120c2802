import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { NotFoundPage } from '../errors/NotFoundPage';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { BalanceView } from './BalanceView';
import { useDashboard } from './useDashboard';

/** The public stakeholder balance: aggregates only, cells of fewer than 5 people hidden. */
export function BalancePage() {
  const { t } = useTranslation('consultations');
  const { slug = '' } = useParams();
  const consultation = useConsultation(slug);
  const balance = useDashboard('public', slug);
  if (balance.error instanceof ApiError && balance.error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('dashboard.back')}
      </Anchor>
      <PageHeader title={t('dashboard.publicPageTitle')} lead={<LocalizedField text={consultation.data?.title} />} />
      <ErrorAlert error={balance.error} />
      {balance.isPending ? <PageLoader /> : balance.data && <BalanceView dashboard={balance.data} />}
    </Stack>
  );
}
