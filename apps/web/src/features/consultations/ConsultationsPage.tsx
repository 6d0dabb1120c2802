import { useEffect, useState } from 'react';
import { Button, Card, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_STATUSES, PHASE_KINDS, type ConsultationStatus, type PhaseKind, isStaff } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useMe } from '../auth/useMe';
import { ConsultationCard } from './ConsultationCard';
import { useConsultations } from './useConsultations';
import { LoadMore } from '../../shared/LoadMore';

/** Public list: full-text search in the four languages, status and current-phase filters, "load more". */
export function ConsultationsPage() {
  const { t } = useTranslation('consultations');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const phase = params.get('phase') ?? '';
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced !== (params.get('q') ?? '')) set('q', debounced);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const list = useConsultations({
    q: params.get('q') || undefined,
    status: (status || undefined) as ConsultationStatus | undefined,
    phase: (phase || undefined) as PhaseKind | undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const staff = isStaff(me.data);

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          staff && (
            <Button component={Link} to="/consultations/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('list.create')}
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Card padding="lg">
          <SimpleGrid
            cols={{ base: 1, sm: 3 }}
            component="form"
            role="search"
            aria-label={t('list.filters')}
            onSubmit={(e) => {
              e.preventDefault();
              set('q', q);
            }}
          >
            <TextInput
              label={t('list.search')}
              placeholder={t('list.searchPlaceholder')}
              type="search"
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              leftSection={<IconSearch size={16} aria-hidden />}
            />
            <NativeSelect
              label={t('list.status')}
              value={status}
              onChange={(e) => set('status', e.currentTarget.value)}
              data={[
                { value: '', label: t('list.allStatuses') },
                ...CONSULTATION_STATUSES.filter((s) => staff || s !== 'draft').map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <NativeSelect
              label={t('list.phase')}
              value={phase}
              onChange={(e) => set('phase', e.currentTarget.value)}
              data={[{ value: '', label: t('list.allPhases') }, ...PHASE_KINDS.map((p) => ({ value: p, label: t(`phases.${p}`) }))]}
            />
          </SimpleGrid>
        </Card>
        <ErrorAlert error={list.error} />
        {list.isPending && <PageLoader />}
        <Text aria-live="polite" size="sm" c="dimmed">
          {list.isSuccess && items.length > 0 ? t('list.shown', { count: items.length }) : ''}
        </Text>
        {list.isSuccess && items.length === 0 && (
          <Card padding="xl">
            <Text ta="center" c="gray.7">
              {t('list.empty')}
            </Text>
          </Card>
        )}
        <VisuallyHidden>
          <Title order={2}>{t('list.results')}</Title>
        </VisuallyHidden>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          {items.map((c) => (
            <ConsultationCard key={c.id} consultation={c} />
          ))}
        </SimpleGrid>
        <LoadMore query={list}>{t('list.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}
