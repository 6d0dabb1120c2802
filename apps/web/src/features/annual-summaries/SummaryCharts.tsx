import '@mantine/charts/styles.css';
import { BarChart, BulletChart } from '@mantine/charts';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatEuros, type IndicatorStatus, type Language, type SummaryFigures, type SummaryIndicator } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabel, useTaxonomyLocalized } from '../settings/useTaxonomy';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { useCountryName } from '../../shared/useCountryName';
import { ChartPanel } from '../dashboard/ChartPanel';
import { AMBER } from './KeyFigures';

const STATUS_COLOURS: Record<IndicatorStatus, string> = { on_track: 'teal.9', at_risk: AMBER, off_track: 'red.9', no_data: 'gray.7' };

/** How far an indicator has gone from its baseline towards its target, and where it should be by then (percent of the way). */
export function wayToTarget(i: SummaryIndicator): { reached: number; expected: number | null } | null {
  if (i.kind !== 'quantitative' || i.targetValue === null || i.latestValue === null) return null;
  const base = i.baselineValue ?? 0;
  const span = i.targetValue - base;
  if (span === 0) return { reached: 100, expected: 100 };
  const share = (v: number) => Math.round(Math.max(0, Math.min(130, ((v - base) / span) * 100)));
  return { reached: share(i.latestValue), expected: i.expectedValue === null ? null : share(i.expectedValue) };
}

/** Horizontal bars (one series) with the same figures as a table; a hidden count is drawn as nothing and written "< 5". */
function Bars({
  title,
  summary,
  rows,
  column,
  colour,
  format,
  max,
}: {
  title: string;
  summary: string;
  rows: { name: string; value: number | null }[];
  column: string;
  colour: string;
  format: (n: number | null) => string;
  max?: number;
}) {
  const { t } = useTranslation('summaries');
  return (
    <ChartPanel
      headingOrder={3}
      title={title}
      summary={summary}
      chart={
        rows.length ? (
          <BarChart
            h={Math.max(120, rows.length * 34 + 40)}
            data={rows.map((r) => ({ name: r.name, value: r.value ?? 0 }))}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 170, interval: 0 }}
            xAxisProps={max ? { domain: [0, max] } : undefined}
            withBarValueLabel
            valueFormatter={(v) => format(v)}
            series={[{ name: 'value', label: column, color: colour }]}
          />
        ) : (
          <Text c="gray.7">{t('charts.empty')}</Text>
        )
      }
      table={{ columns: [t('charts.name'), column], rows: rows.map((r) => [r.name, format(r.value)]) }}
    />
  );
}

/** Participation, action progress per line, indicators against targets, partners per region and budget. */
export function SummaryCharts({ figures, lang }: { figures: SummaryFigures; lang: Language }) {
  const { t } = useTranslation('summaries');
  const { t: tw } = useTranslation('web');
  const { t: ta } = useTranslation('accountability');
  const { t: tp } = useTranslation('plan');
  const label = useTaxonomyLabel();
  const unitOf = useTaxonomyLocalized();
  const localize = useLocalize(lang);
  const countryName = useCountryName();
  const p = figures.participation;
  const number = (n: number | null) =>
    n === null ? t('participation.hiddenShort', { k: p.minCell }) : new Intl.NumberFormat(lang).format(n);
  const money = (n: number | null) => formatEuros(n ?? 0, lang);
  const activity = p.consultations + p.interviews + p.meetings + p.proposalsReceived + p.rooms + p.contributions + p.otherInputs;
  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="summary-participation" gap="md">
        <Title order={2} id="summary-participation">
          {t('participation.title')}
        </Title>
        <Text>
          {activity
            ? [
                t('participation.consultations', { count: p.consultations }),
                t('participation.interviews', { count: p.interviews, meetings: p.meetings, institutions: p.institutions }),
                t('participation.proposals', { count: p.proposalsReceived, accepted: p.proposalsAccepted }),
                t('participation.rooms', { count: p.rooms }),
              ].join(' ')
            : t('participation.none')}
        </Text>
        {activity > 0 && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Bars
              title={t('participation.byCategory')}
              summary={t('participation.privacy', { k: p.minCell })}
              column={t('charts.participants')}
              colour="civic.6"
              format={number}
              rows={p.byCategory.map((c) => ({ name: tw(`categories.${c.category}`), value: c.participants }))}
            />
            <Bars
              title={t('participation.bySource')}
              summary={p.otherInputs ? t('participation.otherInputs', { count: p.otherInputs }) : t('charts.bySourceSummary')}
              column={t('charts.contributions')}
              colour="indigo.6"
              format={number}
              rows={p.bySource.map((s) => ({ name: tp(`sourceKinds.${s.source}`), value: s.contributions }))}
            />
            {p.byCountry.length > 0 && (
              <Bars
                title={t('participation.byCountry', { count: p.countries })}
                summary={t('charts.byCountrySummary')}
                column={t('charts.participants')}
                colour="teal.7"
                format={number}
                rows={p.byCountry.map((c) => ({
                  name: c.country ? countryName(c.country) : t('participation.otherCountries'),
                  value: c.participants,
                }))}
              />
            )}
          </SimpleGrid>
        )}
      </Stack>

      <Stack component="section" aria-labelledby="summary-progress" gap="md">
        <Title order={2} id="summary-progress">
          {t('progress.title')}
        </Title>
        <Text>
          {t('progress.lead', {
            progress: figures.actions.progress,
            total: figures.actions.total,
            done: figures.actions.byStatus.done,
            inProgress: figures.actions.byStatus.in_progress,
          })}
        </Text>
        <Bars
          title={t('progress.perLine')}
          summary={t('progress.note')}
          column={t('charts.progress')}
          colour="civic.7"
          format={(n) => `${n ?? 0} %`}
          max={100}
          rows={figures.actions.lines.map((l) => ({ name: `${l.code}. ${localize(l.title).text}`, value: l.progress }))}
        />
      </Stack>

      <Stack component="section" aria-labelledby="summary-indicators" gap="md">
        <Title order={2} id="summary-indicators">
          {t('indicators.title')}
        </Title>
        <Text>
          {t('indicators.lead', {
            onTrack: figures.indicators.statusCounts.on_track,
            atRisk: figures.indicators.statusCounts.at_risk,
            offTrack: figures.indicators.statusCounts.off_track,
            noData: figures.indicators.statusCounts.no_data,
            total: figures.indicators.items.length,
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {figures.indicators.items.map((i) => {
            const way = wayToTarget(i);
            const fmt = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(lang).format(n));
            return (
              <Card key={i.id} component="li" withBorder padding="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Text fw={600} size="sm">
                    {i.actionCode} · <LocalizedText component="span" value={localize(i.name)} />
                  </Text>
                  <Badge variant="outline" color={STATUS_COLOURS[i.status]} style={{ flexShrink: 0 }}>
                    {ta(`status.${i.status}`)}
                  </Badge>
                </Group>
                {i.kind === 'quantitative' && i.targetValue !== null ? (
                  <>
                    <Text size="sm" c="gray.8" mt={4}>
                      {t('indicators.values', {
                        latest: fmt(i.latestValue),
                        target: fmt(i.targetValue),
                        unit: i.unit ? ` ${label('indicator_unit', i.unit)}` : '',
                        year: i.targetDate?.slice(0, 4) ?? figures.plan.periodEnd,
                      })}
                      {i.unit && unitOf('indicator_unit', i.unit) && <LocalizedMark value={unitOf('indicator_unit', i.unit)!} inline />}
                    </Text>
                    {way && (
                      <>
                        <Text size="xs" c="gray.7">
                          {way.expected === null
                            ? t('indicators.wayReached', { reached: way.reached })
                            : t('indicators.way', { reached: way.reached, expected: way.expected })}
                        </Text>
                        <div aria-hidden="true">
                          <BulletChart
                            mt={6}
                            value={way.reached}
                            target={way.expected ?? undefined}
                            size={16}
                            barSize={8}
                            barColor={STATUS_COLOURS[i.status]}
                            targetColor="dark.9"
                            ranges={[
                              { value: 100, color: 'gray.3' },
                              { value: Math.max(110, way.reached, way.expected ?? 0), color: 'gray.1' },
                            ]}
                            styles={{ rangeLabel: { display: 'none' }, barLabel: { display: 'none' }, targetLabel: { display: 'none' } }}
                          />
                        </div>
                      </>
                    )}
                  </>
                ) : (
                  <Text size="sm" c="gray.7" mt={4}>
                    {i.kind === 'qualitative' ? t('indicators.qualitative') : t('indicators.noTarget')}
                  </Text>
                )}
              </Card>
            );
          })}
        </SimpleGrid>
        <Text size="xs" c="gray.7">
          {t('indicators.webLegend')} {t('indicators.method')}
        </Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Stack component="section" aria-labelledby="summary-partners" gap="md">
          <Title order={2} id="summary-partners">
            {t('partners.title')}
          </Title>
          <Text>
            {t('partners.lead', {
              count: figures.partnerships.partners,
              agreements: figures.partnerships.agreementsSigned,
              networks: figures.partnerships.networks,
              year: figures.year,
            })}
          </Text>
          <Bars
            title={t('partners.perRegion')}
            summary={t('charts.regionsSummary')}
            column={t('charts.partners')}
            colour="grape.7"
            format={number}
            rows={Object.entries(figures.partnerships.perRegion).map(([r, n]) => ({ name: label('region', r), value: n }))}
          />
        </Stack>
        <Stack component="section" aria-labelledby="summary-budget" gap="md">
          <Title order={2} id="summary-budget">
            {t('budget.title')}
          </Title>
          <Text>
            {figures.budget.planned > 0
              ? t('budget.share', { share: Math.round((100 * figures.budget.spent) / figures.budget.planned) })
              : t('budget.none')}
          </Text>
          <Bars
            title={t('budget.chart')}
            summary={t('budget.note')}
            column={t('charts.amount')}
            colour="civic.7"
            format={money}
            rows={[
              { name: t('budget.planned'), value: figures.budget.planned },
              { name: t('budget.spent'), value: figures.budget.spent },
            ]}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
