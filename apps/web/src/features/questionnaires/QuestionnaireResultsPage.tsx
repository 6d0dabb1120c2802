import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES, type ResultsQuery, type StakeholderCategory } from '@polyphony/contracts';
import { ApiError } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { CsvSeparatorChoice, useCsvSeparator } from '../../shared/CsvSeparatorChoice';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useCountryName } from '../../shared/useCountryName';
import { useCountryOptions } from '../../shared/useCountryOptions';
import { RequireAuth } from '../auth/RequireAuth';
import { NotFoundPage } from '../errors/NotFoundPage';
import { QuestionResultCard } from './QuestionResultCard';
import { exportUrl, useConsultationOf, useQuestionnaire, useResults } from './useQuestionnaire';
import { LocalizedField } from '../../shared/localized';

export function QuestionnaireResultsPage() {
  return (
    <RequireAuth>
      <Results />
    </RequireAuth>
  );
}

/** Officials and facilitators: results per question, filters by category and country, free text, exports. */
function Results() {
  const { t } = useTranslation('questionnaires');
  const { t: tw } = useTranslation();
  const { slug = '' } = useParams();
  const [filters, setFilters] = useState<ResultsQuery>({});
  const consultation = useConsultationOf(slug);
  const questionnaire = useQuestionnaire(slug);
  const results = useResults(slug, filters);
  const countryName = useCountryName();
  const countries = useCountryOptions();
  const lang = currentLanguage();
  const [separator, setSeparator] = useCsvSeparator();

  if (consultation.isPending || questionnaire.isPending || results.isPending)
    return results.isError ? <ErrorAlert error={results.error} /> : <PageLoader />;
  if (!questionnaire.data || (results.error instanceof ApiError && [403, 404].includes(results.error.status))) return <NotFoundPage />;
  if (consultation.isError || results.isError) return <ErrorAlert error={consultation.error ?? results.error} />;
  const q = questionnaire.data;
  const r = results.data;
  const questions = q.sections.flatMap((s) => s.questions);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('results.back')}
      </Anchor>
      <PageHeader title={t('results.title')} lead={<LocalizedField text={consultation.data.title} />} />
      <Card withBorder padding="lg" component="section" aria-labelledby="filters-title">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={2} fz="h4" id="filters-title">
              {t('results.filters')}
            </Title>
            <Text fw={700} fz="xl" role="status">
              {t('results.respondents', { count: r.respondents })}
            </Text>
          </Group>
          <Group align="flex-end">
            <NativeSelect
              label={t('results.category')}
              value={filters.category ?? ''}
              onChange={(e) =>
                setFilters({ ...filters, category: (e.currentTarget.value || undefined) as StakeholderCategory | undefined })
              }
              data={[
                { value: '', label: t('results.allCategories') },
                ...STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: tw(`categories.${c}`) })),
              ]}
            />
            <NativeSelect
              label={t('results.country')}
              value={filters.country ?? ''}
              onChange={(e) => setFilters({ ...filters, country: e.currentTarget.value || undefined })}
              data={[{ value: '', label: t('results.allCountries') }, ...countries]}
            />
          </Group>
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
        <Stack gap="xs">
          <Title order={2} fz="h4" id="export-title">
            {t('results.export')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('results.exportHint')}
          </Text>
          <Group align="flex-end">
            <Button
              component="a"
              href={exportUrl(q.consultationId, 'csv', { lang, separator })}
              download
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('results.csv')}
            </Button>
            <CsvSeparatorChoice value={separator} onChange={setSeparator} />
            <Button
              component="a"
              href={exportUrl(q.consultationId, 'xlsx', { lang })}
              download
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('results.xlsx')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {r.respondents === 0 ? (
        <Text c="dimmed">{t('results.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder padding="lg" component="section" aria-labelledby="by-category">
            <Title order={2} fz="h4" id="by-category" mb="sm">
              {t('results.byCategory')}
            </Title>
            <BarChart
              h={Math.max(120, r.byCategory.length * 40)}
              orientation="vertical"
              yAxisProps={{ width: 160 }}
              xAxisProps={{ allowDecimals: false }}
              dataKey="category"
              withBarValueLabel
              data={r.byCategory.map((c) => ({ category: tw(`categories.${c.category}`), count: c.count }))}
              series={[{ name: 'count', label: t('results.count'), color: 'civic.7' }]}
            />
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="by-country">
            <Title order={2} fz="h4" id="by-country" mb="sm">
              {t('results.byCountry')}
            </Title>
            <BarChart
              h={Math.max(120, Math.min(r.byCountry.length, 10) * 40)}
              orientation="vertical"
              yAxisProps={{ width: 160 }}
              xAxisProps={{ allowDecimals: false }}
              dataKey="country"
              withBarValueLabel
              data={r.byCountry.slice(0, 10).map((c) => ({ country: countryName(c.country), count: c.count }))}
              series={[{ name: 'count', label: t('results.count'), color: 'indigo.6' }]}
            />
          </Card>
        </SimpleGrid>
      )}
      {questions.map((question, i) => {
        const result = r.questions.find((x) => x.questionId === question.id);
        return result ? (
          <QuestionResultCard key={question.id} question={question} result={result} number={i + 1} slug={slug} filters={filters} />
        ) : null;
      })}
    </Stack>
  );
}
