import { Badge, Button, Card, Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { SynthesisRun } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useStartRun, useSynthesisRuns } from './useSynthesis';
import { dateTimeFormat } from '../../app/territory-time';

const STATUS_COLOR: Record<SynthesisRun['status'], string> = { queued: 'gray', running: 'blue', succeeded: 'teal', failed: 'red' };

/** Starting a run, its progress, and the run history with what changed each time. */
export function RunPanel({ slug, selected, onSelect }: { slug: string; selected?: string; onSelect: (runId: string | undefined) => void }) {
  const { t, i18n } = useTranslation('synthesis');
  const runs = useSynthesisRuns(slug);
  const start = useStartRun(slug);
  const active = runs.data?.items.find((r) => r.status === 'queued' || r.status === 'running');
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Card component="section" aria-labelledby="runs-title" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="runs-title">
          {t('runs.title')}
        </Title>
        <Button onClick={() => start.mutate(undefined)} loading={start.isPending} disabled={Boolean(active)}>
          {t('runs.start')}
        </Button>
      </Group>
      <ErrorAlert error={start.error ?? runs.error} />
      {active && (
        <Stack gap={4} mb="md" aria-live="polite">
          <Text size="sm">
            {t('runs.progress', { stage: t(`stages.${active.stage}`, { defaultValue: active.stage }), progress: active.progress })}
          </Text>
          <Progress value={active.progress} aria-label={t('runs.progressLabel')} animated />
        </Stack>
      )}
      {runs.data && runs.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover>
            <VisuallyHidden component="caption">{t('runs.title')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('runs.when')}</Table.Th>
                <Table.Th scope="col">{t('runs.status')}</Table.Th>
                <Table.Th scope="col">{t('runs.inputs')}</Table.Th>
                <Table.Th scope="col">{t('runs.themes')}</Table.Th>
                <Table.Th scope="col">{t('runs.duration')}</Table.Th>
                <Table.Th scope="col">{t('runs.changes')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('runs.open')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.items.map((r) => (
                <Table.Tr key={r.id} bg={r.id === selected ? 'var(--mantine-color-civic-0, var(--mantine-color-blue-0))' : undefined}>
                  <Table.Td>{date(r.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[r.status]} variant="light" c="gray.9">
                      {t(`status.${r.status}`)}
                    </Badge>
                    {r.error && (
                      <Text size="xs" c="red.8">
                        {r.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.inputCount}</Table.Td>
                  <Table.Td>{r.counts?.themes ?? '–'}</Table.Td>
                  <Table.Td>{r.timings?.totalMs !== undefined ? t('runs.ms', { ms: r.timings.totalMs }) : '–'}</Table.Td>
                  <Table.Td>
                    {r.comparison
                      ? t('runs.comparison', {
                          added: r.comparison.added,
                          removed: r.comparison.removed,
                          resized: r.comparison.resized,
                          unchanged: r.comparison.unchanged,
                        })
                      : r.status === 'succeeded'
                        ? t('runs.first')
                        : '–'}
                  </Table.Td>
                  <Table.Td>
                    {r.status === 'succeeded' && (
                      <Button size="compact-sm" variant="subtle" onClick={() => onSelect(r.id)} aria-pressed={r.id === selected}>
                        {t('runs.show')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        runs.data && <Text c="gray.7">{t('runs.none')}</Text>
      )}
    </Card>
  );
}
