import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { SummaryCard } from './SummaryCard';
import { useSummaryList } from './useSummaries';

/** The home page's "what was done" panel: the latest published annual summaries (nothing until one is published). */
export function LatestSummaries() {
  const { t } = useTranslation('summaries');
  const list = useSummaryList();
  const items = list.data?.published.slice(0, 3) ?? [];
  // Officials always see the way to the summaries (to start the first one); others only once one is published.
  if (!items.length && !list.data?.can.generate) return null;
  return (
    <Stack gap="lg" component="section" aria-labelledby="latest-summaries-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={6} maw={760}>
          <Title order={2} id="latest-summaries-title">
            {t('home.title')}
          </Title>
          <Text c="dimmed" size="lg">
            {t('home.lead')}
          </Text>
        </Stack>
        <Anchor component={Link} to="/summaries">
          {t('home.all')}
        </Anchor>
      </Group>
      {items.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          {items.map((item) => (
            <SummaryCard key={item.id} item={item} lang={currentLanguage()} />
          ))}
        </SimpleGrid>
      ) : (
        <Text c="gray.7">{t('list.empty')}</Text>
      )}
    </Stack>
  );
}
