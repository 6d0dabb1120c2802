import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { evaluationDueYear, EVALUATION_KINDS, type EvaluationKind } from '@polyphony/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { loadLanguages } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { TableScroll } from '../../shared/TableScroll';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { pickText } from '../consultations/pickText';
import { EvaluationStatusBadge } from './EvaluationBadges';
import { useCalendarDate } from '../../shared/useCalendarDate';
import { draftFromMonitoring } from './evaluationDraft';
import { useEvaluationActions, useEvaluationList } from './useEvaluations';
import { useMonitoredPlan, useMonitoring } from './useMonitoring';

/**
 * Officials' list of a plan's evaluations, drafts included. The two the plan promises come first:
 * one button starts each, already filled from the monitoring data.
 */
function Evaluations() {
  const { t } = useTranslation('accountability');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const date = useCalendarDate();
  const plan = useMonitoredPlan(params.get('plan'));
  const slug = plan.data?.slug;
  const list = useEvaluationList(slug);
  const monitoring = useMonitoring(slug);
  const { create } = useEvaluationActions();
  if (plan.isPending || (slug && (list.isPending || monitoring.isPending))) return <PageLoader />;
  const items = list.data?.items ?? [];
  const start = (kind: EvaluationKind) => {
    if (!plan.data || !monitoring.data) return;
    const [slug, data, languages] = [plan.data.slug, monitoring.data, plan.data.languages];
    // The draft is written in every language of the plan: their catalogs first.
    void loadLanguages(languages).then(() =>
      create.mutate(
        { slug, body: draftFromMonitoring(kind, data, languages) },
        { onSuccess: (e) => void navigate(`/monitoring/evaluations/${e.id}`) },
      ),
    );
  };
  const title = plan.data ? pickText(plan.data.title).text : '';
  return (
    <>
      <Anchor component={Link} to={slug ? `/monitoring?plan=${slug}` : '/monitoring'} size="sm" mb="sm" display="block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('title')}
        </Group>
      </Anchor>
      <PageHeader title={t('evaluations.pageTitle')} lead={title} />
      <Stack gap="xl">
        <ErrorAlert error={plan.error ?? list.error ?? monitoring.error ?? create.error} />
        {plan.data === null && <Text c="gray.7">{t('empty')}</Text>}
        {list.data && monitoring.data && plan.data && (
          <>
            <section aria-labelledby="promised">
              <Title order={2} id="promised" mb="xs">
                {t('evaluations.promisedTitle')}
              </Title>
              <Text size="sm" mb="sm">
                {t('evaluations.promisedLead')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {EVALUATION_KINDS.map((kind) => {
                  const year = evaluationDueYear(kind, plan.data!.periodStart, plan.data!.periodEnd);
                  const published = items.find((e) => e.kind === kind && e.status === 'published');
                  const draft = items.find((e) => e.kind === kind && e.status === 'draft');
                  return (
                    <Card key={kind} withBorder padding="md" component="article" aria-labelledby={`promised-${kind}`}>
                      <Stack gap="xs">
                        <Group justify="space-between">
                          <Title order={3} fz="md" id={`promised-${kind}`}>
                            {t(`evaluations.kind.${kind}`)}
                          </Title>
                          <Text size="sm">{t('evaluations.dueIn', { year })}</Text>
                        </Group>
                        {!list.data!.can.create ? (
                          <Text size="sm">
                            {published
                              ? t('evaluations.publishedOn', { date: date(published.publishedAt) })
                              : t('evaluations.promise.notYet')}
                          </Text>
                        ) : published ? (
                          <Text size="sm">
                            {t('evaluations.publishedOn', { date: date(published.publishedAt) })}{' '}
                            <Anchor component={Link} to={`/monitoring/evaluations/${published.id}`}>
                              {t('evaluations.open')}
                            </Anchor>
                          </Text>
                        ) : draft ? (
                          <Button component={Link} to={`/monitoring/evaluations/${draft.id}`} variant="light">
                            {t('evaluations.continue')}
                          </Button>
                        ) : (
                          <>
                            <Text size="sm" c="gray.7">
                              {t('evaluations.startHelp', {
                                count: monitoring.data!.indicators.filter((i) => i.status !== 'no_data').length,
                              })}
                            </Text>
                            <Button onClick={() => start(kind)} loading={create.isPending && create.variables?.body.kind === kind}>
                              {t(`evaluations.start.${kind}`)}
                            </Button>
                          </>
                        )}
                      </Stack>
                    </Card>
                  );
                })}
              </SimpleGrid>
            </section>

            <section aria-labelledby="all-evaluations">
              <Title order={2} id="all-evaluations" mb="sm">
                {t('evaluations.all')}
              </Title>
              {items.length === 0 ? (
                <Text c="gray.7">{t('evaluations.none')}</Text>
              ) : (
                <TableScroll labelledBy="all-evaluations" minWidth={640}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('evaluations.form.title')}</Table.Th>
                        <Table.Th>{t('evaluations.form.kind')}</Table.Th>
                        <Table.Th>{t('evaluations.statusLabel')}</Table.Th>
                        <Table.Th>{t('evaluations.periodLabel')}</Table.Th>
                        <Table.Th>{t('evaluations.counts')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((e) => {
                        const name = pickText(e.title);
                        return (
                          <Table.Tr key={e.id}>
                            <Table.Td>
                              <Anchor component={Link} to={`/monitoring/evaluations/${e.id}`} lang={name.lang}>
                                {name.text}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>{t(`evaluations.kind.${e.kind}`)}</Table.Td>
                            <Table.Td>
                              <EvaluationStatusBadge value={e.status} />
                            </Table.Td>
                            <Table.Td>{t('evaluations.period', { start: date(e.periodStart), end: date(e.periodEnd) })}</Table.Td>
                            <Table.Td>
                              {t('evaluations.countsValue', { findings: e.findings, recommendations: e.recommendations })}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              )}
            </section>
          </>
        )}
      </Stack>
    </>
  );
}

export function EvaluationsPage() {
  return (
    <RequireAuth>
      <Evaluations />
    </RequireAuth>
  );
}
