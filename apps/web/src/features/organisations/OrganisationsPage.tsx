import { Button, Card, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrganisationCategory } from '@polyphony/contracts';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useMe } from '../auth/useMe';
import { OrganisationCard } from './OrganisationCard';
import { OrganisationFilters, type Filters } from './OrganisationFilters';
import { useOrganisations } from './useOrganisations';
import { LoadMore } from '../../shared/LoadMore';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters: Filters = { q: params.get('q') ?? '', category: params.get('category') ?? '', country: params.get('country') ?? '' };
  const list = useOrganisations({
    q: filters.q || undefined,
    category: (filters.category || undefined) as OrganisationCategory | undefined,
    country: filters.country || undefined,
  });
  const setFilters = (next: Filters) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search, { replace: true });
  };
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        lead={t('organisations.lead')}
        actions={
          <Button
            component={Link}
            to={me.data ? '/organisations/new' : '/login?next=%2Forganisations%2Fnew'}
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('organisations.create')}
          </Button>
        }
      />
      <Stack gap="xl">
        <Card padding="lg">
          <OrganisationFilters value={filters} onChange={setFilters} />
        </Card>
        <ErrorAlert error={list.error} />
        {list.isPending && <PageLoader />}
        <Text aria-live="polite" size="sm" c="dimmed">
          {list.isSuccess && (items.length === 0 ? '' : t('organisations.shown', { count: items.length }))}
        </Text>
        {list.isSuccess && items.length === 0 && (
          <Card padding="xl">
            <Stack align="center" gap="sm">
              <Text fw={600}>{t('organisations.empty.title')}</Text>
              <Text c="dimmed" ta="center">
                {t('organisations.empty.text')}
              </Text>
            </Stack>
          </Card>
        )}
        <VisuallyHidden>
          <Title order={2}>{t('organisations.results')}</Title>
        </VisuallyHidden>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          {items.map((organisation) => (
            <OrganisationCard key={organisation.id} organisation={organisation} />
          ))}
        </SimpleGrid>
        <LoadMore query={list}>{t('organisations.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}
