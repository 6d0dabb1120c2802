import { useState } from 'react';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileAnalytics } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { titleWithPeriod } from '../../shared/titleWithPeriod';
import { pickText } from '../consultations/pickText';
import { usePlans } from '../plan/usePlan';
import { SummaryCard } from './SummaryCard';
import { useSummaryActions, useSummaryList } from './useSummaries';

/** Officials generate the draft of a plan's year from the data; it opens in the editor. */
function GenerateForm() {
  const { t } = useTranslation('summaries');
  const plans = usePlans();
  const { generate } = useSummaryActions();
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const [plan, setPlan] = useState('');
  const [year, setYear] = useState(String(thisYear));
  // A year is accounted for under an adopted plan: that one comes first, whatever the list's order.
  const chosen = plan || (plans.data?.find((p) => p.status === 'adopted') ?? plans.data?.[0])?.slug || '';
  return (
    <Card component="section" aria-labelledby="generate-title" withBorder padding="lg">
      <Title order={2} fz="h3" id="generate-title">
        {t('generate.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        {t('generate.help')}
      </Text>
      <ErrorAlert error={generate.error} />
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('generate.plan')}
          value={chosen}
          onChange={(e) => setPlan(e.currentTarget.value)}
          miw={280}
          data={(plans.data ?? []).map((p) => ({
            value: p.slug,
            label: titleWithPeriod(pickText(p.title).text, p.periodStart, p.periodEnd),
          }))}
        />
        <NativeSelect
          label={t('generate.year')}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
        />
        <Button
          leftSection={<IconFileAnalytics size={18} aria-hidden />}
          loading={generate.isPending}
          disabled={!chosen}
          onClick={() =>
            generate.mutate(
              { plan: chosen, year: Number(year) },
              { onSuccess: (s) => void navigate(`/summaries/${s.plan.slug}/${s.year}/edit`) },
            )
          }
        >
          {t('generate.submit')}
        </Button>
      </Group>
    </Card>
  );
}

/** Every published annual summary (latest version of each year); for officials, the drafts and the way to start one. */
export function SummariesPage() {
  const { t } = useTranslation('summaries');
  const list = useSummaryList();
  const lang = currentLanguage();
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Stack gap="xl">
        {list.isPending && <PageLoader />}
        <ErrorAlert error={list.error} />
        {list.data?.can.generate && <GenerateForm />}
        {list.data && list.data.drafts.length > 0 && (
          <Stack component="section" aria-labelledby="drafts-title" gap="md">
            <Title order={2} id="drafts-title">
              {t('list.drafts')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
              {list.data.drafts.map((item) => (
                <SummaryCard key={item.id} item={item} lang={lang} />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        {list.data && (
          <Stack component="section" aria-labelledby="published-title" gap="md">
            <Title order={2} id="published-title">
              {t('list.published')}
            </Title>
            {list.data.published.length ? (
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
                {list.data.published.map((item) => (
                  <SummaryCard key={item.id} item={item} lang={lang} />
                ))}
              </SimpleGrid>
            ) : (
              <Text c="gray.7">{t('list.empty')}</Text>
            )}
          </Stack>
        )}
      </Stack>
    </>
  );
}
