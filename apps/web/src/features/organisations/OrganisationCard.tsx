import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { useCountryName } from '../../shared/useCountryName';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';

export function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const place = [organisation.city, countryName(organisation.country)].filter(Boolean).join(', ');
  return (
    <Card component="article" shadow="xs" h="100%">
      <Stack gap="sm" h="100%">
        <CategoryBadge category={organisation.category} />
        <Title order={3} fz="lg">
          <Link to={`/organisations/${organisation.slug}`} className="card-link">
            {organisation.name}
          </Link>
        </Title>
        {organisation.description && (
          <MachineTranslated text={organisation.description} from={organisation.descriptionLanguage}>
            {(shown) => (
              <Text size="sm" lineClamp={3} lang={shown.lang}>
                {shown.text}
              </Text>
            )}
          </MachineTranslated>
        )}
        <Group gap="md" mt="auto" c="gray.7">
          <Group gap={4}>
            <IconMapPin size={16} aria-hidden />
            <Text size="sm">{place}</Text>
          </Group>
          <Group gap={4}>
            <IconUsers size={16} aria-hidden />
            <Text size="sm">{t('organisations.memberCount', { count: organisation.memberCount })}</Text>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
