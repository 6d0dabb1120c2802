import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import {
  PROPOSAL_SORTS,
  PROPOSAL_STATUSES,
  ROUTES,
  SDGS,
  STAKEHOLDER_CATEGORIES,
  type ProposalListQuery,
  isStaff,
} from '@polyphony/contracts';
import { CsvSeparatorChoice, useCsvSeparator } from '../../shared/CsvSeparatorChoice';
import { routeUrl } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useMe } from '../auth/useMe';
import { ProposalCard } from './ProposalCard';
import { sdgTitle } from './SdgBadges';
import { useInvitations, useProposalList } from './useProposals';
import { LoadMore } from '../../shared/LoadMore';

const FILTERS = ['q', 'status', 'sdg', 'strategicLine', 'category', 'sort', 'mine', 'consultationId'] as const;

export function ProposalsPage() {
  const { t, i18n } = useTranslation('proposals');
  const { t: tw } = useTranslation();
  const me = useMe();
  const [separator, setSeparator] = useCsvSeparator();
  const [params, setParams] = useSearchParams();
  const value = (k: (typeof FILTERS)[number]) => params.get(k) ?? '';
  const [q, setQ] = useState(value('q'));
  const set = (k: (typeof FILTERS)[number], v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const filters = Object.fromEntries(FILTERS.map((k) => [k, value(k) || undefined]).filter(([, v]) => v)) as ProposalListQuery;
  const list = useProposalList(filters);
  const invitations = useInvitations(Boolean(me.data));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const any = { value: '', label: t('list.any') };
  const lineOptions = useTaxonomyOptions('strategic_line');

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <Group gap="xs">
            {isStaff(me.data) && (
              <Group gap="xs" align="flex-end">
                <Button
                  component="a"
                  variant="default"
                  href={routeUrl(ROUTES.proposals.export, {
                    query: { lang: currentLanguage(), consultationId: filters.consultationId || undefined, separator },
                  })}
                  download
                  leftSection={<IconDownload size={18} aria-hidden />}
                  title={t('list.exportHelp')}
                >
                  {t('list.export')}
                </Button>
                <CsvSeparatorChoice value={separator} onChange={setSeparator} />
              </Group>
            )}
            <Button
              component={Link}
              to={me.data ? '/proposals/new' : '/login?next=%2Fproposals%2Fnew'}
              leftSection={<IconPlus size={18} aria-hidden />}
            >
              {t('list.new')}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        {(invitations.data?.length ?? 0) > 0 && (
          <Alert color="blue" variant="light" title={t('list.invitations')}>
            <Stack gap={4}>
              {invitations.data!.map((i) => (
                <Anchor key={i.id} component={Link} to={`/proposals/${i.proposal.id}`}>
                  {i.organisation ? `${i.proposal.title} — ${i.organisation.name}` : i.proposal.title}
                </Anchor>
              ))}
            </Stack>
          </Alert>
        )}
        <Card padding="lg">
          <Stack gap="md">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                set('q', q.trim() || null);
              }}
            >
              <Group align="flex-end" gap="sm">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('list.search')}
                  placeholder={t('list.searchPlaceholder')}
                  value={q}
                  onChange={(e) => setQ(e.currentTarget.value)}
                  type="search"
                />
                <Button type="submit" variant="light" leftSection={<IconSearch size={16} aria-hidden />}>
                  {t('list.search')}
                </Button>
              </Group>
            </form>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Select
                label={t('list.statusFilter')}
                value={value('status')}
                onChange={(v) => set('status', v)}
                data={[
                  any,
                  ...PROPOSAL_STATUSES.filter((s) => s !== 'draft' || value('mine')).map((s) => ({ value: s, label: t(`status.${s}`) })),
                ]}
              />
              <Select
                label={t('list.sdgFilter')}
                value={value('sdg')}
                onChange={(v) => set('sdg', v)}
                data={[any, ...SDGS.map((g) => ({ value: String(g.goal), label: sdgTitle(g.goal, i18n.resolvedLanguage ?? 'fr') }))]}
              />
              <Select
                label={t('list.lineFilter')}
                value={value('strategicLine')}
                onChange={(v) => set('strategicLine', v)}
                data={[any, ...lineOptions]}
              />
              <Select
                label={t('list.categoryFilter')}
                value={value('category')}
                onChange={(v) => set('category', v)}
                data={[any, ...STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: tw(`categories.${c}`) }))]}
              />
            </SimpleGrid>
            <Group justify="space-between" gap="sm">
              <Group gap="xs">
                <Text size="sm" fw={600} id="sort-label">
                  {t('list.sort')}
                </Text>
                <SegmentedControl
                  aria-labelledby="sort-label"
                  value={value('sort') || 'supports'}
                  onChange={(v) => set('sort', v === 'supports' ? null : v)}
                  data={PROPOSAL_SORTS.map((s) => ({ value: s, label: t(`list.sorts.${s}`) }))}
                />
              </Group>
              {me.data && (
                <SegmentedControl
                  value={value('mine') ? 'mine' : 'all'}
                  onChange={(v) => set('mine', v === 'mine' ? 'true' : null)}
                  data={[
                    { value: 'all', label: t('list.all') },
                    { value: 'mine', label: t('list.mine') },
                  ]}
                />
              )}
            </Group>
          </Stack>
        </Card>
        <ErrorAlert error={list.error} />
        {list.isPending && <PageLoader />}
        {list.isSuccess && items.length === 0 && (
          <Card padding="xl">
            <Text ta="center">{t('list.empty')}</Text>
          </Card>
        )}
        <VisuallyHidden>
          <Title order={2}>{t('list.results')}</Title>
        </VisuallyHidden>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          {items.map((p) => (
            <ProposalCard key={p.id} proposal={p} />
          ))}
        </SimpleGrid>
        <LoadMore query={list}>{t('list.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}
