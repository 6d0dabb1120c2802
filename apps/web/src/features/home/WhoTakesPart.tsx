import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { STAKEHOLDER_CATEGORIES } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../shared/CategoryBadge';

/** The stakeholder categories, each with one sentence on what it brings. */
export function WhoTakesPart() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" component="section" aria-labelledby="who-title">
      <Stack gap={6} maw={760}>
        <Title order={2} id="who-title">
          {t('home.who.title')}
        </Title>
        <Text c="dimmed" size="lg">
          {t('home.who.lead')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {STAKEHOLDER_CATEGORIES.map((category) => (
          <Stack key={category} component="li" gap={6}>
            <CategoryBadge category={category} />
            <Text size="sm">{t(`home.who.categories.${category}`)}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
