import { useState } from 'react';
import { Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconListDetails, IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_STATUSES, type InterviewStatus } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { InterviewProgressPanel } from './InterviewProgressPanel';
import { InterviewStatusBadge } from './InterviewStatusBadge';
import { useInterviewList, useInterviewProgress } from './useInterviews';
import { dateTimeFormat } from '../../app/territory-time';
import { LoadMore } from '../../shared/LoadMore';

function Interviews() {
  const { t, i18n } = useTranslation('interviews');
  const { slug = '' } = useParams();
  const consultation = useConsultation(slug);
  const id = consultation.data?.id;
  const [status, setStatus] = useState('');
  const progress = useInterviewProgress(id);
  const list = useInterviewList(id, (status || undefined) as InterviewStatus | undefined);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  if (consultation.isPending) return <PageLoader />;
  if (consultation.isError) return <ErrorAlert error={consultation.error} />;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('back')}
      </Anchor>
      <PageHeader
        title={t('title')}
        lead={<LocalizedField text={consultation.data.title} />}
        actions={
          <Group gap="sm">
            <Button
              variant="outline"
              component={Link}
              to={`/consultations/${slug}/interview-guide`}
              leftSection={<IconListDetails size={18} aria-hidden />}
            >
              {t('guide.open')}
            </Button>
            <Button component={Link} to={`/consultations/${slug}/interviews/new`} leftSection={<IconPlus size={18} aria-hidden />}>
              {t('new')}
            </Button>
          </Group>
        }
      />
      <ErrorAlert error={progress.error ?? list.error} />
      {progress.data && <InterviewProgressPanel progress={progress.data} />}
      <Card padding="lg" component="section" aria-labelledby="interviews-list">
        <Group justify="space-between" mb="md">
          <Title order={2} fz="lg" id="interviews-list">
            {t('list')}
          </Title>
          <NativeSelect
            label={t('filterStatus')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            data={[{ value: '', label: t('allStatuses') }, ...INTERVIEW_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          />
        </Group>
        {list.isPending ? (
          <PageLoader />
        ) : items.length === 0 ? (
          <Text c="gray.7">{t('empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.scheduledAt')}</Table.Th>
                  <Table.Th scope="col">{t('fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('fields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('fields.invitees')}</Table.Th>
                  <Table.Th scope="col">{t('keyPoints.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{date(i.scheduledAt)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/consultations/${slug}/interviews/${i.id}`}>
                        {i.title || t('untitled')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {t(`kind.${i.kind}`)} · {t(`format.${i.format}`)}
                    </Table.Td>
                    <Table.Td>
                      <InterviewStatusBadge status={i.status} />
                    </Table.Td>
                    <Table.Td>
                      {t('attendance', {
                        attended: i.invitees.filter((v) => v.attended && v.kind === 'organisation').length,
                        invited: i.invitees.filter((v) => v.kind === 'organisation').length,
                      })}
                    </Table.Td>
                    <Table.Td>{i.keyPointCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore query={list} mt="md">
          {t('loadMore')}
        </LoadMore>
      </Card>
    </Stack>
  );
}

/** Interviews and meetings of a consultation with the progress view (officials and facilitators). */
export function InterviewsPage() {
  return (
    <RequireAuth>
      <Interviews />
    </RequireAuth>
  );
}
