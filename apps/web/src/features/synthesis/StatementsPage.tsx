import { isStaff } from '@polyphony/contracts';
import { Anchor, Button, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { useMe } from '../auth/useMe';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { OpinionMapView } from './OpinionMapView';
import { StatementsManager } from './StatementsManager';
import { VoteCard } from './VoteCard';
import { useOpinionMap } from './useStatements';

/** Voting on statements one card at a time, then the opinion map; officials manage statements here too. */
export function StatementsPage() {
  const { t } = useTranslation('synthesis');
  const { slug = '' } = useParams();
  const consultation = useConsultation(slug);
  const me = useMe();
  const map = useOpinionMap(slug);
  const isOfficial = isStaff(me.data);
  const canManage = isOfficial || Boolean(consultation.data?.can.facilitate);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('back')}
      </Anchor>
      <PageHeader
        title={t('statements.title')}
        lead={consultation.data ? <LocalizedField text={consultation.data.title} /> : t('statements.lead')}
        actions={
          canManage ? (
            <Button component={Link} to={`/consultations/${slug}/synthesis`} variant="default">
              {t('statements.toWorkspace')}
            </Button>
          ) : undefined
        }
      />
      {me.data ? (
        <VoteCard slug={slug} />
      ) : (
        me.data === null && (
          <Button component={Link} to={`/login?next=${encodeURIComponent(`/consultations/${slug}/statements`)}`} w="fit-content">
            {t('vote.signIn')}
          </Button>
        )
      )}
      <ErrorAlert error={map.error} />
      {map.data && <OpinionMapView map={map.data} />}
      {canManage && <StatementsManager slug={slug} canHide={isOfficial} />}
    </Stack>
  );
}
