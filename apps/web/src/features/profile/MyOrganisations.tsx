import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '@polyphony/contracts';
import { useMyOrganisations } from './useMyOrganisations';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { StatusBadge } from '../../shared/StatusBadge';

const STATUS_COLOR: Record<MembershipStatus, string> = { active: 'green', pending: 'ochre', refused: 'red' };

export function MyOrganisations() {
  const { t } = useTranslation();
  const query = useMyOrganisations();
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text c="dimmed">{t('profile.organisations.empty')}</Text>
        <Button component={Link} to="/organisations" variant="light">
          {t('profile.organisations.browse')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {query.data.items.map((org) => (
        <Group
          key={org.id}
          component="li"
          justify="space-between"
          gap="sm"
          py={6}
          style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Stack gap={4}>
            <Anchor component={Link} to={`/organisations/${org.slug}`} fw={600}>
              {org.name}
            </Anchor>
            <CategoryBadge category={org.category} />
          </Stack>
          <Group gap={6}>
            <StatusBadge color="civic">{t(`organisations.roles.${org.role}`)}</StatusBadge>
            <StatusBadge color={STATUS_COLOR[org.status]}>{t(`organisations.statuses.${org.status}`)}</StatusBadge>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
