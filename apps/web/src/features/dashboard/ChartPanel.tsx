import { useId, useState, type ReactNode } from 'react';
import { Card, Group, SegmentedControl, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** A chart with its text summary, and a switch to the same figures as a table (accessible alternative). */
export function ChartPanel({
  title,
  summary,
  chart,
  table,
  headingOrder = 2,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ChartTable;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation('consultations');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={headingOrder} fz="lg" id={id}>
          {title}
        </Title>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          aria-label={t('dashboard.view', { title })}
          data={[
            { value: 'chart', label: t('dashboard.chart') },
            { value: 'table', label: t('dashboard.table') },
          ]}
        />
      </Group>
      <Text size="sm" c="gray.7" mb="md">
        {summary}
      </Text>
      {view === 'chart' ? (
        <div role="img" aria-label={summary}>
          {chart}
        </div>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <VisuallyHidden component="caption">{title}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {r.map((cell, j) =>
                    j === 0 ? (
                      <Table.Th key={j} scope="row" fw={500}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={j}>{cell}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
