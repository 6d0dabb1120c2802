import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { TrackedIndicator } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { useTaxonomyLabel, useTaxonomyLocalized } from '../settings/useTaxonomy';
import { IndicatorStatusBadge } from './IndicatorStatusBadge';
import { valueAxis } from './valueAxis';

/** One indicator: its measurements as a line with the target as a reference line, and the same figures as a table. */
export function IndicatorChart({ indicator, actions }: { indicator: TrackedIndicator; actions?: React.ReactNode }) {
  const { t, i18n } = useTranslation('accountability');
  const label = useTaxonomyLabel();
  const unit = useTaxonomyLocalized()('indicator_unit', indicator.unit ?? '');
  const localize = useLocalize();
  const name = localize(indicator.name);
  const fmt = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(i18n.language).format(n));
  // In date order, the baseline included (unless a measurement was taken that day), so that the line
  // runs left to right through time with one point per date.
  const measured = indicator.measurements.filter((m) => m.value !== null).map((m) => ({ date: m.measuredOn, value: m.value }));
  const data = [
    ...(indicator.baselineValue !== null && indicator.baselineDate && !measured.some((m) => m.date === indicator.baselineDate)
      ? [{ date: indicator.baselineDate, value: indicator.baselineValue }]
      : []),
    ...measured,
  ].sort((a, b) => a.date.localeCompare(b.date));
  // An indicator whose baseline and target are whole figures counts things (documents, people,
  // projects): its axis gets whole ticks, never "1.7 documents".
  const whole = [indicator.targetValue, indicator.baselineValue].every((v) => v === null || Number.isInteger(v));
  const axis = valueAxis(Math.max(indicator.targetValue ?? 0, ...data.map((d) => d.value ?? 0)), whole);
  const latest = indicator.measurements[indicator.measurements.length - 1];
  // The table in the same date order: the baseline among the measurements, the target last.
  const rows = [
    { key: 'baseline', date: indicator.baselineDate ?? '', value: indicator.baselineValue, source: '', baseline: true },
    ...indicator.measurements.map((m) => ({
      key: m.id,
      date: m.measuredOn,
      value: m.value,
      source: [m.source, m.note].filter(Boolean).join(' — '),
      baseline: false,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Card component="article" withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={3} fz="md" lang={name.lang}>
              {name.text}
            </Title>
            <LocalizedMark value={name} />
          </Stack>
          <IndicatorStatusBadge status={indicator.status} />
        </Group>
        {indicator.kind === 'quantitative' ? (
          <>
            <Text size="sm">
              {t('indicator.summary', {
                latest: fmt(latest?.value ?? null),
                target: fmt(indicator.targetValue),
                unit: indicator.unit ? label('indicator_unit', indicator.unit) : '',
                date: indicator.targetDate ?? '',
              })}
              {unit && <LocalizedMark value={unit} inline />}
            </Text>
            {data.length > 0 && (
              // Hidden from assistive technology (the same figures are in the table below) and out of the tab order.
              <div aria-hidden="true">
                <LineChart
                  h={180}
                  data={data}
                  dataKey="date"
                  series={[
                    {
                      name: 'value',
                      label: indicator.unit ? label('indicator_unit', indicator.unit) : t('indicator.value'),
                      color: 'civic.7',
                    },
                  ]}
                  referenceLines={
                    indicator.targetValue !== null ? [{ y: indicator.targetValue, label: t('indicator.target'), color: 'red.8' }] : []
                  }
                  xAxisProps={{ interval: 'preserveStartEnd' }}
                  yAxisProps={{ domain: [0, axis.top], ticks: axis.ticks, allowDecimals: !whole, interval: 0 }}
                  valueFormatter={(v) => fmt(v)}
                  curveType="linear"
                  withDots
                  lineChartProps={{ accessibilityLayer: false }}
                />
              </div>
            )}
            <details>
              <summary>{t('indicator.table')}</summary>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('indicator.date')}</Table.Th>
                    <Table.Th>{t('indicator.value')}</Table.Th>
                    <Table.Th>{t('indicator.source')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.key}>
                      <Table.Td>{r.baseline ? `${r.date || '—'} (${t('indicator.baseline')})` : r.date}</Table.Td>
                      <Table.Td>{fmt(r.value)}</Table.Td>
                      <Table.Td>{r.source}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Td>
                      {indicator.targetDate ?? '—'} ({t('indicator.target')})
                    </Table.Td>
                    <Table.Td>{fmt(indicator.targetValue)}</Table.Td>
                    <Table.Td />
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </details>
          </>
        ) : latest?.assessment ? (
          <Text size="sm">
            <time dateTime={latest.measuredOn}>{latest.measuredOn}</time> —{' '}
            <LocalizedText component="span" value={localize(latest.assessment)} />
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            {t('indicator.noAssessment')}
          </Text>
        )}
        {actions}
      </Stack>
    </Card>
  );
}
