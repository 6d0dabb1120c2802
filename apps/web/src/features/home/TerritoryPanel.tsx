import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconUsers, IconWorld } from '@tabler/icons-react';
import type { Territory } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { LocalizedText, useLocalize } from '../../shared/localized';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useCountryName } from '../../shared/useCountryName';

function Stat({ icon: Icon, value, label }: { icon: typeof IconUsers; value: number; label: string }) {
  const { i18n } = useTranslation();
  return (
    <Card padding="md" bg="civic.0" withBorder={false}>
      <Group gap="sm" wrap="nowrap">
        <Icon size={28} color="var(--mantine-color-civic-8)" aria-hidden />
        <div>
          <Text fz={28} fw={800} c="civic.9" lh={1.1}>
            {new Intl.NumberFormat(i18n.resolvedLanguage).format(value)}
          </Text>
          <Text size="sm" c="gray.8">
            {label}
          </Text>
        </div>
      </Group>
    </Card>
  );
}

/** The demo territory: its description, municipalities and participation figures. */
export function TerritoryPanel({ territory, error, loading }: { territory?: Territory; error: unknown; loading: boolean }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const localize = useLocalize();
  return (
    <Card component="section" aria-labelledby="territory-title" padding="xl" shadow="xs">
      <Stack gap="lg">
        <Stack gap={4}>
          <Text tt="uppercase" fw={700} fz="xs" c="civic.8" style={{ letterSpacing: '0.08em' }}>
            {t('home.territory.eyebrow')}
          </Text>
          <Title order={2} id="territory-title">
            {territory ? localize(territory.name).text : t('home.territory.title')}
          </Title>
          {territory && (
            <Text size="sm" c="dimmed">
              {countryName(territory.country)}
            </Text>
          )}
        </Stack>
        <ErrorAlert error={error} />
        {loading && <Skeleton h={120} />}
        {territory && (
          <>
            <Text component="div">
              <LocalizedText value={localize(territory.description)} />
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Stat
                icon={IconUsers}
                value={territory.stats.participants}
                label={t('home.territory.participants', { count: territory.stats.participants })}
              />
              <Stat
                icon={IconBuildingCommunity}
                value={territory.stats.organisations}
                label={t('home.territory.organisations', { count: territory.stats.organisations })}
              />
              <Stat
                icon={IconWorld}
                value={territory.stats.countries}
                label={t('home.territory.countries', { count: territory.stats.countries })}
              />
            </SimpleGrid>
            {territory.municipalities.length > 0 && (
              <Stack gap="xs">
                <Title order={3}>{t('home.territory.municipalities', { count: territory.municipalities.length })}</Title>
                <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {territory.municipalities.map((name) => (
                    <Badge key={name} component="li" variant="outline" color="gray.7" radius="sm" tt="none" fw={500}>
                      {name}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
