import { useState } from 'react';
import { Badge, Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TrackedAction, TrackedIndicator } from '@polyphony/contracts';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { pickText } from '../consultations/pickText';
import { ActionTrackingModal } from './ActionTrackingModal';
import { IndicatorChart } from './IndicatorChart';
import { MeasurementModal } from './MeasurementModal';
import { PartnerMap } from './PartnerMap';
import { useMonitoredPlan, useMonitoring, usePartnerships } from './useMonitoring';

/** The public monitoring dashboard: where the plan stands, per strategic line, indicator by indicator, and with whom. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation('accountability');
  const [params] = useSearchParams();
  const plan = useMonitoredPlan(params.get('plan'));
  const slug = plan.data?.slug;
  const monitoring = useMonitoring(slug);
  const partnerships = usePartnerships();
  const [measuring, setMeasuring] = useState<TrackedIndicator | null>(null);
  const [tracking, setTracking] = useState<TrackedAction | null>(null);
  const m = monitoring.data;
  const money = (n: number) => new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
  const title = m ? pickText(m.plan.title) : null;
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <Stack gap="xl">
        {(plan.isPending || (slug && monitoring.isPending)) && <PageLoader />}
        <ErrorAlert error={plan.error ?? monitoring.error} />
        {plan.data === null && <Text c="gray.7">{t('empty')}</Text>}
        {m && title && (
          <>
            <Card component="section" aria-labelledby="overview" withBorder padding="lg">
              <Title order={2} id="overview" lang={title.lang}>{title.text} ({m.plan.periodStart}–{m.plan.periodEnd})</Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
                <div>
                  <Text fw={700} fz={32}>{m.progress} %</Text>
                  <Text size="sm">{t('overview.progress')}</Text>
                </div>
                <div>
                  <Text fw={700} fz={32}>{m.statusCounts.on_track} / {m.indicators.length}</Text>
                  <Text size="sm">{t('overview.onTrack', { atRisk: m.statusCounts.at_risk, offTrack: m.statusCounts.off_track })}</Text>
                </div>
                <div>
                  <Text fw={700} fz={32}>{money(m.budget.spent)}</Text>
                  <Text size="sm">{t('overview.budget', { planned: money(m.budget.planned) })}</Text>
                </div>
              </SimpleGrid>
            </Card>

            <section aria-labelledby="lines">
              <Title order={2} id="lines" mb="sm">{t('lines.title')}</Title>
              <Stack gap="md">
                {m.lines.map((line) => {
                  const lt = pickText(line.title);
                  return (
                    <Card key={line.id} component="article" withBorder padding="md">
                      <Group justify="space-between"><Title order={3} fz="lg" lang={lt.lang}>{lt.text}</Title><Text fw={700}>{line.progress} %</Text></Group>
                      <Progress value={line.progress} size="lg" mt="xs" aria-label={t('lines.progressLabel', { name: lt.text, value: line.progress })} />
                      <List mt="sm" spacing="xs">
                        {line.actions.map((a) => {
                          const at = pickText(a.title);
                          return (
                            <List.Item key={a.id}>
                              <Group gap="xs">
                                <span lang={at.lang}>{at.text}</span>
                                <Badge variant="outline" color="gray.8">{t(`action.${a.status}`)}</Badge>
                                <Text size="sm">{a.progress} %</Text>
                                {a.responsible && <Text size="sm" c="gray.7">{t('lines.responsible', { name: a.responsible })}</Text>}
                                {m.can.edit && <Button size="compact-sm" variant="light" onClick={() => setTracking(a)}>{t('track.open')}</Button>}
                              </Group>
                              {a.milestones.length > 0 && (
                                <Text size="sm" c="gray.7">{a.milestones.map((ms) => `${ms.title} (${ms.doneOn ? t('lines.done', { date: ms.doneOn }) : ms.dueOn})`).join(' · ')}</Text>
                              )}
                            </List.Item>
                          );
                        })}
                      </List>
                    </Card>
                  );
                })}
              </Stack>
            </section>

            <section aria-labelledby="indicators">
              <Title order={2} id="indicators" mb="xs">{t('indicators.title')}</Title>
              <Text size="sm" mb="sm">{t('indicators.method')}</Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {m.indicators.map((i) => (
                  <IndicatorChart key={i.id} indicator={i} actions={m.can.edit ? <Group justify="flex-end"><Button size="compact-sm" variant="light" onClick={() => setMeasuring(i)}>{t('measure.open')}</Button></Group> : undefined} />
                ))}
              </SimpleGrid>
            </section>

            {m.externalities.length > 0 && (
              <section aria-labelledby="externalities">
                <Title order={2} id="externalities" mb="sm">{t('externalities.title')}</Title>
                <List spacing="xs">
                  {m.externalities.map((e) => (
                    <List.Item key={e.id}>
                      <time dateTime={e.observedOn}>{e.observedOn}</time> — <span lang={pickText(e.description).lang}>{pickText(e.description).text}</span>
                      {e.mitigation && <Text size="sm" c="gray.7">{t('externalities.mitigation', { text: pickText(e.mitigation).text })}</Text>}
                    </List.Item>
                  ))}
                </List>
              </section>
            )}
          </>
        )}
        {partnerships.data && partnerships.data.partners.length > 0 && <PartnerMap partners={partnerships.data.partners} />}
        {partnerships.data && partnerships.data.networks.length > 0 && (
          <section aria-labelledby="networks">
            <Title order={2} id="networks" mb="sm">{t('partners.networks')}</Title>
            <List>{partnerships.data.networks.map((n) => <List.Item key={n.id}>{n.name}{n.role ? ` — ${n.role}` : ''}{n.joinedOn ? ` (${n.joinedOn})` : ''}</List.Item>)}</List>
          </section>
        )}
      </Stack>
      {measuring && slug && <MeasurementModal slug={slug} indicator={measuring} onClose={() => setMeasuring(null)} />}
      {tracking && slug && <ActionTrackingModal slug={slug} action={tracking} onClose={() => setTracking(null)} />}
    </>
  );
}
