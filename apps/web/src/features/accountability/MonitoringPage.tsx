import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatEuros, type NetworkMembership, type Partner, type TrackedAction, type TrackedIndicator } from '@polyphony/contracts';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { titleWithPeriod } from '../../shared/titleWithPeriod';
import { pickText } from '../consultations/pickText';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { ActionTrackingModal } from './ActionTrackingModal';
import { EvaluationNotes } from './EvaluationNotes';
import { EvaluationsSection } from './EvaluationsSection';
import { ExternalityModal } from './ExternalityModal';
import { IndicatorChart } from './IndicatorChart';
import { MeasurementModal } from './MeasurementModal';
import { NetworkModal } from './NetworkModal';
import { PartnerMap } from './PartnerMap';
import { PartnerModal } from './PartnerModal';
import { useMonitoredPlan, useMonitoring, usePartnerships } from './useMonitoring';

/** A tracked text's stored "to review" marks (machine filled, not yet reviewed), for useLocalize. */
const marked = (a: TrackedAction, field: string) => ({ marks: a.review, field });

/** The public monitoring dashboard: where the plan stands, per strategic line, indicator by indicator, what the evaluations said, and with whom. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation('accountability');
  const [params] = useSearchParams();
  const plan = useMonitoredPlan(params.get('plan'));
  const slug = plan.data?.slug;
  const monitoring = useMonitoring(slug);
  const partnerships = usePartnerships();
  const [measuring, setMeasuring] = useState<TrackedIndicator | null>(null);
  const [tracking, setTracking] = useState<TrackedAction | null>(null);
  const [recording, setRecording] = useState(false);
  const [partner, setPartner] = useState<Partner | 'new' | null>(null);
  const [network, setNetwork] = useState<NetworkMembership | 'new' | null>(null);
  const m = monitoring.data;
  const money = (n: number) => formatEuros(n, i18n.language);
  const localize = useLocalize();
  const title = m ? pickText(m.plan.title) : null;
  const actionTitle = new Map(m?.lines.flatMap((l) => l.actions.map((a) => [a.id, localize(a.title)] as const)) ?? []);
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('intro')}
        actions={
          m?.can.edit && (
            <Button component={Link} to={`/monitoring/evaluations?plan=${m.plan.slug}`} variant="light">
              {t('evaluations.manage')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        {(plan.isPending || (slug && monitoring.isPending)) && <PageLoader />}
        <ErrorAlert error={plan.error ?? monitoring.error} />
        {plan.data === null && <Text c="gray.7">{t('empty')}</Text>}
        {m && title && (
          <>
            <Card component="section" aria-labelledby="overview" withBorder padding="lg">
              <Title order={2} id="overview" lang={title.lang}>
                {titleWithPeriod(title.text, m.plan.periodStart, m.plan.periodEnd)}
              </Title>
              <Text size="sm" c="gray.7" mt={4}>
                {m.plan.showing === 'draft'
                  ? m.can.edit
                    ? t('overview.showingDraft')
                    : null
                  : t('overview.showingVersion', { number: m.plan.showing, name: localize(m.plan.versionName).text })}
                {m.plan.showing !== 'draft' && m.plan.versionName && <LocalizedMark value={localize(m.plan.versionName)} inline />}{' '}
                <Anchor component={Link} to={`/plans/${m.plan.slug}`} size="sm">
                  {t('overview.readPlan')}
                </Anchor>
                {' · '}
                <Anchor component={Link} to="/summaries" size="sm">
                  {t('overview.summaries')}
                </Anchor>
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
                <div>
                  <Text fw={700} fz={32}>
                    {m.progress} %
                  </Text>
                  <Text size="sm">{t('overview.progress')}</Text>
                </div>
                <div>
                  <Text fw={700} fz={32}>
                    {m.statusCounts.on_track} / {m.indicators.length}
                  </Text>
                  <Text size="sm">{t('overview.onTrack', { atRisk: m.statusCounts.at_risk, offTrack: m.statusCounts.off_track })}</Text>
                </div>
                <div>
                  <Text fw={700} fz={32}>
                    {money(m.budget.spent)}
                  </Text>
                  <Text size="sm">{t('overview.budget', { planned: money(m.budget.planned) })}</Text>
                </div>
              </SimpleGrid>
            </Card>

            <section aria-labelledby="lines">
              <Title order={2} id="lines" mb="sm">
                {t('lines.title')}
              </Title>
              <Stack gap="md">
                {m.lines.map((line) => {
                  const lt = localize(line.title);
                  return (
                    <Card key={line.id} component="article" withBorder padding="md">
                      <Group justify="space-between">
                        <Stack gap={0}>
                          <Title order={3} fz="lg" lang={lt.lang}>
                            {lt.text}
                          </Title>
                          <LocalizedMark value={lt} />
                        </Stack>
                        <Text fw={700}>{line.progress} %</Text>
                      </Group>
                      <Progress
                        value={line.progress}
                        size="lg"
                        mt="xs"
                        aria-label={t('lines.progressLabel', { name: lt.text, value: line.progress })}
                      />
                      <List mt="sm" spacing="sm">
                        {line.actions.map((a) => {
                          const at = localize(a.title);
                          return (
                            <List.Item key={a.id}>
                              <Group gap="xs">
                                <LocalizedText component="span" value={at} />
                                <Badge variant="outline" color="gray.8">
                                  {t(`action.${a.status}`)}
                                </Badge>
                                <Text size="sm">{a.progress} %</Text>
                                {a.responsible && (
                                  <Text size="sm" c="gray.7" lang={localize(a.responsible).lang}>
                                    {t('lines.responsible', { name: localize(a.responsible, marked(a, 'responsible')).text })}
                                    <LocalizedMark value={localize(a.responsible, marked(a, 'responsible'))} inline />
                                  </Text>
                                )}
                                {m.can.edit && (
                                  <Button
                                    size="compact-sm"
                                    variant="light"
                                    onClick={() => setTracking(a)}
                                    aria-label={t('track.openFor', { name: at.text })}
                                  >
                                    {t('track.open')}
                                  </Button>
                                )}
                              </Group>
                              {a.subActions.length > 0 && (
                                <Text size="sm" c="gray.7" component="div">
                                  {t('track.subActions')}:{' '}
                                  {a.subActions.map((sa, k) => (
                                    <span key={k}>
                                      {k > 0 && ' · '}
                                      <LocalizedText value={localize(sa.title, marked(a, `subActions.${k}.title`))} component="span" /> (
                                      {sa.progress} %)
                                    </span>
                                  ))}
                                </Text>
                              )}
                              {a.milestones.length > 0 && (
                                <Text size="sm" c="gray.7" component="div">
                                  {a.milestones.map((ms, k) => (
                                    <span key={k}>
                                      {k > 0 && ' · '}
                                      <LocalizedText value={localize(ms.title, marked(a, `milestones.${k}.title`))} component="span" /> (
                                      {ms.doneOn ? t('lines.done', { date: ms.doneOn }) : ms.dueOn})
                                    </span>
                                  ))}
                                </Text>
                              )}
                              <EvaluationNotes evaluations={m.evaluations} id={a.id} />
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
              <Title order={2} id="indicators" mb="xs">
                {t('indicators.title')}
              </Title>
              <Text size="sm" mb="sm">
                {t('indicators.method')}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {m.indicators.map((i) => (
                  <IndicatorChart
                    key={i.id}
                    indicator={i}
                    actions={
                      <>
                        <EvaluationNotes evaluations={m.evaluations} id={i.id} />
                        {m.can.edit && (
                          <Group justify="flex-end">
                            <Button
                              size="compact-sm"
                              variant="light"
                              onClick={() => setMeasuring(i)}
                              aria-label={t('measure.openFor', { name: pickText(i.name).text })}
                            >
                              {t('measure.open')}
                            </Button>
                          </Group>
                        )}
                      </>
                    }
                  />
                ))}
              </SimpleGrid>
            </section>

            <EvaluationsSection monitoring={m} />

            {(m.externalities.length > 0 || m.can.edit) && (
              <section aria-labelledby="externalities">
                <Group justify="space-between" align="flex-end" mb="sm">
                  <Title order={2} id="externalities">
                    {t('externalities.title')}
                  </Title>
                  {m.can.edit && plan.data && (
                    <Button variant="light" onClick={() => setRecording(true)}>
                      {t('externalities.record')}
                    </Button>
                  )}
                </Group>
                {m.externalities.length === 0 && (
                  <Text size="sm" c="gray.7">
                    {t('externalities.none')}
                  </Text>
                )}
                <List spacing="xs">
                  {m.externalities.map((e) => {
                    const about = e.actionId ? actionTitle.get(e.actionId) : undefined;
                    return (
                      <List.Item key={e.id}>
                        <time dateTime={e.observedOn}>{e.observedOn}</time> —{' '}
                        <LocalizedText component="span" value={localize(e.description)} />
                        {about && (
                          <Text size="sm" c="gray.7">
                            {t('externalities.about', { name: about.text })}
                          </Text>
                        )}
                        {e.mitigation && (
                          <Text size="sm" c="gray.7">
                            {t('externalities.mitigation', { text: pickText(e.mitigation).text })}
                          </Text>
                        )}
                      </List.Item>
                    );
                  })}
                </List>
              </section>
            )}
          </>
        )}
        {partnerships.data && (partnerships.data.partners.length > 0 || partnerships.data.can.edit) && (
          <PartnerMap
            partners={partnerships.data.partners}
            onAdd={partnerships.data.can.edit ? () => setPartner('new') : undefined}
            onEdit={partnerships.data.can.edit ? setPartner : undefined}
          />
        )}
        {partnerships.data && (partnerships.data.networks.length > 0 || partnerships.data.can.edit) && (
          <section aria-labelledby="networks">
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={2} id="networks">
                {t('partners.networks')}
              </Title>
              {partnerships.data.can.edit && (
                <Button variant="light" onClick={() => setNetwork('new')}>
                  {t('networks.add')}
                </Button>
              )}
            </Group>
            <List spacing={4}>
              {partnerships.data.networks.map((n) => (
                <List.Item key={n.id}>
                  <Group gap="xs">
                    <span>
                      {n.name}
                      {n.role ? ` — ${n.role}` : ''}
                      {n.joinedOn ? ` (${t('networks.since', { date: n.joinedOn })})` : ''}
                    </span>
                    {partnerships.data.can.edit && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setNetwork(n)}
                        aria-label={t('networks.editFor', { name: n.name })}
                      >
                        {t('networks.edit')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </section>
        )}
      </Stack>
      {measuring && slug && <MeasurementModal slug={slug} indicator={measuring} onClose={() => setMeasuring(null)} />}
      {tracking && slug && <ActionTrackingModal slug={slug} action={tracking} onClose={() => setTracking(null)} />}
      {recording && m && plan.data && (
        <ExternalityModal monitoring={m} languages={plan.data.languages} onClose={() => setRecording(false)} />
      )}
      {partner && (
        <PartnerModal
          partner={partner === 'new' ? null : partner}
          taken={partnerships.data?.partners.map((p) => p.slug) ?? []}
          onClose={() => setPartner(null)}
        />
      )}
      {network && (
        <NetworkModal
          network={network === 'new' ? null : network}
          taken={partnerships.data?.networks.map((n) => n.slug) ?? []}
          onClose={() => setNetwork(null)}
        />
      )}
    </>
  );
}
