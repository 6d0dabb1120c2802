import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES, type Quotas } from '@polyphony/contracts';

/** Target shares per stakeholder category. */
export function QuotaList({ quotas }: { quotas: Quotas }) {
  const { t } = useTranslation('consultations');
  const { t: tw } = useTranslation();
  const rows = STAKEHOLDER_CATEGORIES.filter((c) => (quotas[c] ?? 0) > 0);
  if (!rows.length) return <Text c="gray.7">{t('page.noQuotas')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((c) => (
        <li key={c}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{tw(`categories.${c}`)}</Text>
            <Text size="sm" fw={600}>
              {quotas[c]} %
            </Text>
          </Group>
          <Progress value={quotas[c] ?? 0} color="civic" size="sm" aria-hidden />
        </li>
      ))}
    </Stack>
  );
}
