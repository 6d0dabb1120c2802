import { BarChart } from '@mantine/charts';
import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionResult, ResultsQuery } from '@polyphony/contracts';
import { useCountryName } from '../../shared/useCountryName';
import { TextAnswersList } from './TextAnswersList';
import { markOf, usePick } from './usePick';
import { LocalizedMark } from '../../shared/localized';

/** One question's results: a chart (choices, scale, ranking, countries) or the free-text answers. */
export function QuestionResultCard({
  question,
  result,
  number,
  slug,
  filters,
}: {
  question: Question;
  result: QuestionResult;
  number: number;
  slug: string;
  filters: ResultsQuery;
}) {
  const { t } = useTranslation('questionnaires');
  const pick = usePick();
  const countryName = useCountryName();
  const prompt = pick(question.prompt);
  const label = (key: string) => pick(question.options.find((o) => o.key === key)?.label).text || key;
  const count = t('results.count');
  let body: React.ReactNode = null;
  if (result.options) {
    const data = result.options.map((o) => ({ option: label(o.key), count: o.count }));
    body = (
      <BarChart
        h={Math.max(120, data.length * 44)}
        data={data}
        dataKey="option"
        orientation="vertical"
        yAxisProps={{ width: 180 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: count, color: 'civic.7' }]}
        withBarValueLabel
      />
    );
  } else if (result.scale) {
    const data = result.scale.distribution.map((d) => ({ value: String(d.value), count: d.count }));
    body = (
      <Stack gap={4}>
        {result.scale.mean !== null && <Text fw={600}>{t('results.mean', { mean: result.scale.mean })}</Text>}
        <BarChart
          h={220}
          data={data}
          dataKey="value"
          yAxisProps={{ allowDecimals: false }}
          series={[{ name: 'count', label: count, color: 'indigo.6' }]}
          withBarValueLabel
        />
      </Stack>
    );
  } else if (result.ranking) {
    const rows = [...result.ranking].sort((a, b) => b.borda - a.borda);
    body = (
      <Stack gap="sm">
        <BarChart
          h={Math.max(120, rows.length * 44)}
          data={rows.map((r) => ({ option: label(r.key), borda: r.borda }))}
          dataKey="option"
          orientation="vertical"
          yAxisProps={{ width: 180 }}
          xAxisProps={{ allowDecimals: false }}
          series={[{ name: 'borda', label: t('results.borda'), color: 'teal.7' }]}
        />
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.option')}</Table.Th>
              <Table.Th>{t('results.meanPosition')}</Table.Th>
              <Table.Th>{t('results.borda')}</Table.Th>
              <Table.Th>{t('results.first')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{label(r.key)}</Table.Td>
                <Table.Td>{r.meanPosition ?? '—'}</Table.Td>
                <Table.Td>{r.borda}</Table.Td>
                <Table.Td>{r.first}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    );
  } else if (result.countries) {
    const data = result.countries.slice(0, 12).map((c) => ({ country: countryName(c.country), count: c.count }));
    body = data.length ? (
      <BarChart
        h={Math.max(120, data.length * 40)}
        data={data}
        dataKey="country"
        orientation="vertical"
        yAxisProps={{ width: 160 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: count, color: 'ochre.7' }]}
        withBarValueLabel
      />
    ) : null;
  } else {
    body = <TextAnswersList slug={slug} questionId={question.id} filters={filters} />;
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`r-${question.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} fz="lg" id={`r-${question.id}`} lang={prompt.lang}>
            {number}. {prompt.text}
          </Title>
          {markOf(prompt, ...question.options.map((o) => pick(o.label))) && (
            <LocalizedMark value={markOf(prompt, ...question.options.map((o) => pick(o.label)))!} />
          )}
          <Text size="sm" c="dimmed">
            {t(`types.${question.type}`)} · {t('results.answered', { count: result.answered })}
          </Text>
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
