import { isStaff } from '@polyphony/contracts';
import { useMemo, useState } from 'react';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ThemeFilters } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useCountryName } from '../../shared/useCountryName';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { RunPanel } from './RunPanel';
import { ThemeCard } from './ThemeCard';
import { ThemeDrawer } from './ThemeDrawer';
import { useMergeThemes, useSynthesisRuns, useWorkspace } from './useSynthesis';

function Workspace() {
  const { t } = useTranslation('synthesis');
  const { t: tw } = useTranslation();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const consultation = useConsultation(slug);
  const me = useMe();
  const country = useCountryName();
  const [runId, setRunId] = useState<string | undefined>();
  const filters: ThemeFilters = {
    source: (params.get('source') ?? undefined) as ThemeFilters['source'],
    category: (params.get('category') ?? undefined) as ThemeFilters['category'],
    country: params.get('country') ?? undefined,
  };
  const runs = useSynthesisRuns(slug);
  const latestDone = runs.data?.items.find((r) => r.status === 'succeeded')?.id;
  const workspace = useWorkspace(slug, filters, runId, undefined, latestDone);
  const unfiltered = useWorkspace(slug, {}, runId, undefined, latestDone);
  const merge = useMergeThemes(slug);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mergeLabel, setMergeLabel] = useState('');
  const [openTheme, setOpenTheme] = useState<string | null>(null);
  const isOfficial = isStaff(me.data);
  const ws = workspace.data;
  const editable = isOfficial && Boolean(ws) && ws!.run.id === (latestDone ?? ws!.run.id) && !runId;

  const options = useMemo(() => {
    const keys = (pick: 'bySource' | 'byCategory' | 'byCountry') =>
      [...new Set((unfiltered.data?.themes ?? []).flatMap((x) => Object.keys(x[pick])))].filter((k) => k !== 'unknown').sort();
    return { source: keys('bySource'), category: keys('byCategory'), country: keys('byCountry') };
  }, [unfiltered.data]);
  const setFilter = (key: keyof ThemeFilters, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const themeById = new Map([...(ws?.themes ?? []), ...(unfiltered.data?.themes ?? [])].map((x) => [x.id, x]));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('back')}
      </Anchor>
      <PageHeader
        title={t('workspace.title')}
        lead={<LocalizedField text={consultation.data?.title} />}
        actions={
          <Button component={Link} to={`/consultations/${slug}/statements`} variant="default">
            {t('workspace.toStatements')}
          </Button>
        }
      />
      <RunPanel
        slug={slug}
        selected={ws?.run.id}
        onSelect={(id) => {
          setRunId(id === latestDone ? undefined : id);
          setSelected(new Set());
        }}
      />
      <ErrorAlert error={workspace.error ?? merge.error} />
      {workspace.isPending ? (
        <PageLoader />
      ) : !ws ? (
        <Text c="gray.7">{t('workspace.empty')}</Text>
      ) : (
        <Stack gap="md" component="section" aria-labelledby="themes-title">
          <Group justify="space-between" align="flex-end">
            <Title order={2} fz="lg" id="themes-title">
              {t('workspace.themes', { count: ws.themes.filter((x) => x.origin !== 'other').length })}
            </Title>
            <Text size="sm" c="gray.7">
              {t('workspace.runInfo', { count: ws.run.inputCount, engine: ws.run.engine ?? '' })}
            </Text>
          </Group>
          <Card padding="md" withBorder component="form" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
            <Group gap="md" align="flex-end">
              <Select
                label={t('filters.source')}
                placeholder={t('filters.all')}
                clearable
                data={options.source.map((v) => ({ value: v, label: t(`sources.${v}`, { defaultValue: v }) }))}
                value={filters.source ?? null}
                onChange={(v) => setFilter('source', v)}
              />
              <Select
                label={t('filters.category')}
                placeholder={t('filters.all')}
                clearable
                data={options.category.map((v) => ({ value: v, label: tw(`categories.${v}`) }))}
                value={filters.category ?? null}
                onChange={(v) => setFilter('category', v)}
              />
              <Select
                label={t('filters.country')}
                placeholder={t('filters.all')}
                clearable
                searchable
                data={options.country.map((v) => ({ value: v, label: country(v) }))}
                value={filters.country ?? null}
                onChange={(v) => setFilter('country', v)}
              />
            </Group>
          </Card>
          {editable && selected.size >= 2 && (
            <Card
              padding="md"
              withBorder
              component="form"
              aria-label={t('merge.label')}
              onSubmit={(e) => {
                e.preventDefault();
                merge.mutate(
                  { runId: ws.run.id, themeIds: [...selected], label: mergeLabel.trim() || undefined },
                  {
                    onSuccess: () => {
                      setSelected(new Set());
                      setMergeLabel('');
                    },
                  },
                );
              }}
            >
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={t('merge.newLabel', { count: selected.size })}
                  description={t('merge.hint')}
                  value={mergeLabel}
                  onChange={(e) => setMergeLabel(e.currentTarget.value)}
                  maxLength={200}
                  style={{ flex: 1 }}
                />
                <Button type="submit" loading={merge.isPending}>
                  {t('merge.submit', { count: selected.size })}
                </Button>
              </Group>
            </Card>
          )}
          {!editable && isOfficial && runId && (
            <Text size="sm" c="gray.7">
              {t('workspace.readOnly')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {ws.themes.map((theme) => (
              <ThemeCard
                key={theme.id}
                slug={slug}
                theme={theme}
                editable={editable}
                selected={selected.has(theme.id)}
                onSelect={(v) =>
                  setSelected((s) => {
                    const n = new Set(s);
                    if (v) n.add(theme.id);
                    else n.delete(theme.id);
                    return n;
                  })
                }
                onOpen={() => setOpenTheme(theme.id)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <ThemeDrawer
        slug={slug}
        theme={openTheme ? (themeById.get(openTheme) ?? null) : null}
        filters={filters}
        editable={editable}
        onClose={() => setOpenTheme(null)}
        onOpenTheme={(id) => setOpenTheme(id)}
      />
    </Stack>
  );
}

/** The synthesis workspace of a consultation (officials and its facilitators). */
export function SynthesisPage() {
  return (
    <RequireAuth>
      <Workspace />
    </RequireAuth>
  );
}
