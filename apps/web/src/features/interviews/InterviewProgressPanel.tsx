import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InterviewProgress } from '@polyphony/contracts';
import { ChartPanel } from '../dashboard/ChartPanel';

/** "32 interviews, 101 institutions": planned vs held vs cancelled, institutions reached per category. */
export function InterviewProgressPanel({ progress }: { progress: InterviewProgress }) {
  const { t } = useTranslation('interviews');
  const { t: tw } = useTranslation();
  const data = progress.reachedByCategory.map((r) => ({ category: tw(`categories.${r.category}`), institutions: r.institutions }));
  return (
    <>
      <Text fz="xl" fw={700} aria-live="polite">
        {t('progress.headline', { count: progress.total, institutions: progress.institutionsReached })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {(['planned', 'held', 'cancelled'] as const).map((s) => (
          <Card key={s} padding="md">
            <Text size="sm" c="gray.7">
              {t(`status.${s}`)}
            </Text>
            <Text fz={28} fw={800}>
              {progress.byStatus[s]}
            </Text>
          </Card>
        ))}
        <Card padding="md">
          <Text size="sm" c="gray.7">
            {t('progress.reached')}
          </Text>
          <Text fz={28} fw={800}>
            {progress.institutionsReached}
          </Text>
        </Card>
        <Card padding="md">
          <Text size="sm" c="gray.7">
            {t('progress.keyPoints')}
          </Text>
          <Text fz={28} fw={800}>
            {progress.keyPoints}
          </Text>
        </Card>
      </SimpleGrid>
      <ChartPanel
        title={t('progress.byCategory')}
        summary={t('progress.byCategorySummary', { reached: progress.institutionsReached, invited: progress.institutionsInvited })}
        chart={
          // Bars across, group names down the side: no name is dropped for lack of room, at any width.
          <BarChart
            h={Math.max(260, data.length * 44)}
            data={data}
            dataKey="category"
            orientation="vertical"
            yAxisProps={{ width: 150, interval: 0 }}
            series={[{ name: 'institutions', label: t('progress.institutions'), color: 'teal.6' }]}
          />
        }
        table={{ columns: [t('progress.category'), t('progress.institutions')], rows: data.map((d) => [d.category, d.institutions]) }}
      />
    </>
  );
}
