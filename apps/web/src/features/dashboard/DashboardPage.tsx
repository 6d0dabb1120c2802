import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { InterviewProgressPanel } from '../interviews/InterviewProgressPanel';
import { useInterviewProgress } from '../interviews/useInterviews';
import { BalanceView } from './BalanceView';
import { NotYetHeard } from '../invitations/NotYetHeard';
import { useDashboard } from './useDashboard';

function ConsultationDashboard() {
  const { t } = useTranslation('consultations');
  const { slug = '' } = useParams();
  const consultation = useConsultation(slug);
  const { t: ti } = useTranslation('interviews');
  const dashboard = useDashboard('consultation', slug);
  const progress = useInterviewProgress(consultation.data?.id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('dashboard.back')}
      </Anchor>
      <PageHeader title={t('dashboard.title')} lead={<LocalizedField text={consultation.data?.title} />} />
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending ? <PageLoader /> : dashboard.data && <BalanceView dashboard={dashboard.data} />}
      {progress.data && progress.data.total > 0 && (
        <Stack gap="md" component="section" aria-labelledby="interview-progress">
          <Title order={2} fz="lg" id="interview-progress">
            <Anchor component={Link} to={`/consultations/${slug}/interviews`} inherit>
              {ti('title')}
            </Anchor>
          </Title>
          <InterviewProgressPanel progress={progress.data} />
        </Stack>
      )}
      <NotYetHeard consultationId={consultation.data?.id} />
    </Stack>
  );
}

/** The detailed stakeholder balance of one consultation (officials and its facilitators). */
export function DashboardPage() {
  return (
    <RequireAuth>
      <ConsultationDashboard />
    </RequireAuth>
  );
}

function Overall() {
  const { t } = useTranslation('consultations');
  const dashboard = useDashboard('overall');
  return (
    <>
      <PageHeader title={t('dashboard.overallTitle')} lead={t('dashboard.overallLead')} />
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending ? <PageLoader /> : dashboard.data && <BalanceView dashboard={dashboard.data} />}
    </>
  );
}

/** The balance across every consultation (officials). */
export function OverallDashboardPage() {
  return (
    <RequireAuth>
      <Overall />
    </RequireAuth>
  );
}
