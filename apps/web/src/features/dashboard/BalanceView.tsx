import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '@polyphony/contracts';
import { useCountryName } from '../../shared/useCountryName';
import { ChartPanel } from './ChartPanel';
import { ChartLegend } from './ChartLegend';
import { dateTimeFormat } from '../../app/territory-time';

/** Alert titles in dark text: Mantine's light-variant title colour is below 4.5:1 on its tinted background. */
const READABLE_TITLE = { title: { color: 'var(--mantine-color-gray-9)' } };
const COLORS = ['civic.6', 'grape.6', 'indigo.6', 'teal.6', 'orange.6', 'blue.6', 'cyan.6', 'gray.6'];

/** Participants and contributions per category against quotas, per country, diaspora origins, over time. */
export function BalanceView({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('consultations');
  const { t: tw } = useTranslation();
  const countryName = useCountryName();
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  const hidden = t('dashboard.hidden', { k: dashboard.minCell });
  const show = (n: number | null) => (n === null ? hidden : nf.format(n));
  const cat = (c: string) => tw(`categories.${c}`);
  const under = dashboard.categories.filter((c) => c.underRepresented);

  const categoryData = dashboard.categories.map((c) => ({ category: cat(c.category), share: c.share ?? 0, target: c.target ?? 0 }));
  const countries = dashboard.countries.slice(0, 12);
  const countryData = countries
    .filter((c) => c.participants !== null)
    .map((c) => ({ country: c.country ? countryName(c.country) : t('dashboard.unknown'), participants: c.participants ?? 0 }));
  const origins = dashboard.diaspora.origins.filter((o) => o.participants !== null);
  const originSlices = origins.map((o, i) => ({
    name: o.origin ?? t('dashboard.notStated'),
    value: o.participants ?? 0,
    color: COLORS[i % COLORS.length],
  }));
  const weekly = dashboard.weekly.map((w) => ({
    week: new Date(`${w.week}T12:00:00Z`).toLocaleDateString(i18n.resolvedLanguage, { day: 'numeric', month: 'short' }),
    cumulative: w.cumulative ?? 0,
    added: w.newParticipants ?? 0,
  }));

  return (
    <Stack gap="xl">
      {dashboard.public && (
        <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} styles={READABLE_TITLE} title={t('dashboard.publicTitle')}>
          {t('dashboard.publicText', { k: dashboard.minCell })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card padding="lg">
          <Text c="gray.7" size="sm">
            {t('dashboard.participants')}
          </Text>
          <Text fz={36} fw={800}>
            {show(dashboard.totals.participants)}
          </Text>
        </Card>
        <Card padding="lg">
          <Text c="gray.7" size="sm">
            {t('dashboard.contributions')}
          </Text>
          <Text fz={36} fw={800}>
            {show(dashboard.totals.contributions)}
          </Text>
        </Card>
        <Card padding="lg">
          <Text c="gray.7" size="sm">
            {t('dashboard.diaspora')}
          </Text>
          <Text fz={36} fw={800}>
            {show(dashboard.diaspora.participants)}
          </Text>
        </Card>
      </SimpleGrid>
      {under.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          styles={READABLE_TITLE}
          title={t('dashboard.underTitle')}
        >
          <Group gap="xs">
            {under.map((c) => (
              <Badge key={c.category} color="orange" variant="light" c="gray.9" tt="none">
                {t('dashboard.underItem', { category: cat(c.category), share: c.share ?? '—', target: c.target })}
              </Badge>
            ))}
          </Group>
        </Alert>
      )}
      <ChartPanel
        title={t('dashboard.byCategory')}
        summary={t('dashboard.byCategorySummary')}
        chart={
          // Bars run across, labels down the side: every category keeps its name at 390 px and in every language.
          <BarChart
            h={Math.max(300, categoryData.length * 48)}
            data={categoryData}
            dataKey="category"
            orientation="vertical"
            yAxisProps={{ width: 150, interval: 0 }}
            valueFormatter={(value) => `${value} %`}
            withLegend
            series={[
              { name: 'share', label: t('dashboard.share'), color: 'civic.6' },
              { name: 'target', label: t('dashboard.target'), color: 'gray.5' },
            ]}
          />
        }
        table={{
          columns: [
            t('dashboard.category'),
            t('dashboard.participants'),
            t('dashboard.contributions'),
            t('dashboard.share'),
            t('dashboard.target'),
            t('dashboard.status'),
          ],
          rows: dashboard.categories.map((c) => [
            cat(c.category),
            show(c.participants),
            show(c.contributions),
            c.share === null ? hidden : `${c.share} %`,
            c.target === null ? '—' : `${c.target} %`,
            c.underRepresented === null ? hidden : c.underRepresented ? t('dashboard.under') : t('dashboard.ok'),
          ]),
        }}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ChartPanel
          title={t('dashboard.byCountry')}
          summary={
            dashboard.countries.length ? t('dashboard.byCountrySummary', { count: dashboard.countries.length }) : t('dashboard.noData')
          }
          chart={
            countryData.length ? (
              <BarChart
                h={300}
                data={countryData}
                dataKey="country"
                orientation="vertical"
                yAxisProps={{ width: 120, interval: 0 }}
                series={[{ name: 'participants', label: t('dashboard.participants'), color: 'indigo.6' }]}
              />
            ) : (
              <Text c="gray.7">{t('dashboard.noData')}</Text>
            )
          }
          table={{
            columns: [t('dashboard.country'), t('dashboard.participants'), t('dashboard.contributions')],
            rows: dashboard.countries.map((c) => [
              c.country ? countryName(c.country) : t('dashboard.unknown'),
              show(c.participants),
              show(c.contributions),
            ]),
          }}
        />
        <ChartPanel
          title={t('dashboard.origins')}
          summary={t('dashboard.originsSummary')}
          chart={
            origins.length ? (
              <>
                <DonutChart h={260} withLabels withTooltip data={originSlices} />
                <ChartLegend items={originSlices} />
              </>
            ) : (
              <Text c="gray.7">{t('dashboard.noOrigins')}</Text>
            )
          }
          table={{
            columns: [t('dashboard.origin'), t('dashboard.participants')],
            rows: dashboard.diaspora.origins.map((o) => [o.origin ?? t('dashboard.notStated'), show(o.participants)]),
          }}
        />
      </SimpleGrid>
      <ChartPanel
        title={t('dashboard.overTime')}
        summary={t('dashboard.overTimeSummary')}
        chart={
          weekly.length ? (
            <LineChart
              h={280}
              data={weekly}
              dataKey="week"
              withLegend
              curveType="monotone"
              series={[
                { name: 'cumulative', label: t('dashboard.cumulative'), color: 'civic.6' },
                { name: 'added', label: t('dashboard.added'), color: 'orange.6' },
              ]}
            />
          ) : (
            <Text c="gray.7">{t('dashboard.noData')}</Text>
          )
        }
        table={{
          columns: [t('dashboard.week'), t('dashboard.added'), t('dashboard.cumulative')],
          rows: dashboard.weekly.map((w) => [w.week, show(w.newParticipants), show(w.cumulative)]),
        }}
      />
      <Text size="sm" c="gray.7">
        {t('dashboard.generated', {
          at: dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(dashboard.generatedAt)),
        })}
      </Text>
    </Stack>
  );
}
