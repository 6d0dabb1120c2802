import { useState } from 'react';
import { Alert, Anchor, Button, Card, Divider, Grid, Group, Menu, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconEdit, IconGitCompare, IconBulb } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROUTES, isStaff } from '@polyphony/contracts';
import { ApiError, routeUrl } from '../../app/api-client';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { LocalizedMark, useLocalize } from '../../shared/localized';
import { NotFoundPage } from '../errors/NotFoundPage';
import { AnnotationModal, type AnnotationTarget } from './AnnotationModal';
import { PlanStatusBadge } from './PlanStatusBadge';
import { SectionView, type ReviewContext } from './SectionView';
import { useAnnotations, usePlan, usePlanActions, useVersions, type Edition } from './usePlan';

const parseEdition = (value: string | null): Edition =>
  value === 'draft' ? 'draft' : value && /^\d+$/.test(value) ? Number(value) : undefined;

/** The plan as readers see it (or the working draft for officials): contents, sources, public review, exports. */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const edition = parseEdition(params.get('version'));
  const plan = usePlan(slug, edition);
  const versions = useVersions(slug);
  const me = useMe();
  const staff = isStaff(me.data);
  const showing = plan.data?.showing;
  const versionNumber = typeof showing === 'number' ? showing : null;
  const shownVersion = versions.data?.find((v) => v.number === versionNumber);
  const inReview = shownVersion ? shownVersion.review !== 'none' : false;
  const annotations = useAnnotations(slug, inReview ? versionNumber : null);
  const actions = usePlanActions(slug, plan.data?.id);
  const [target, setTarget] = useState<AnnotationTarget | null>(null);
  const [exportLang, setExportLang] = useState(currentLanguage());
  const localize = useLocalize();
  const title = localize(plan.data?.title);
  useDocumentTitle(title.text || t('title'));

  if (plan.isPending) return <PageLoader />;
  if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFoundPage />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const review: ReviewContext | null = inReview
    ? { annotations: annotations.data ?? [], canAnnotate: p.can.annotate, canAnswer: staff, onAnnotate: setTarget, actions }
    : null;
  const editionLabel = (e: 'draft' | number) =>
    e === 'draft' ? t('page.draft') : t('page.versionOption', { number: e, name: versions.data?.find((v) => v.number === e)?.name ?? '' });
  const exportOf = (route: typeof ROUTES.planExports.pdf | typeof ROUTES.planExports.html) =>
    routeUrl(route, { params: { idOrSlug: p.slug }, query: { lang: exportLang, version: showing } });
  const nav = p.sections.filter((s) => s.kind !== 'action');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <PlanStatusBadge status={p.status} />
          <Text c="gray.7">{t('list.period', { start: p.periodStart, end: p.periodEnd })}</Text>
        </Group>
        <Title order={1} lang={title.lang}>
          {title.text}
        </Title>
        <LocalizedMark value={title} />
        <Text c="gray.7">{t('page.showing', { edition: editionLabel(p.showing) })}</Text>
      </Stack>
      <Group gap="sm" align="flex-end">
        {(versions.data?.length ?? 0) > 0 && (
          <NativeSelect
            label={t('page.edition')}
            value={String(p.showing)}
            onChange={(e) => setParams(e.currentTarget.value ? { version: e.currentTarget.value } : {})}
            data={[
              ...(staff ? [{ value: 'draft', label: t('page.draft') }] : []),
              ...(versions.data ?? []).map((v) => ({ value: String(v.number), label: editionLabel(v.number) })),
            ]}
          />
        )}
        {p.can.edit && (
          <Button component={Link} to={`/plans/${p.slug}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('page.edit')}
          </Button>
        )}
        {staff && (
          <Button component={Link} variant="light" to={`/plans/${p.slug}/suggestions`} leftSection={<IconBulb size={16} aria-hidden />}>
            {t('page.suggestions')}
            {p.pendingSuggestions ? ` (${t('page.pendingSuggestions', { count: p.pendingSuggestions })})` : ''}
          </Button>
        )}
        <Button component={Link} variant="light" to={`/plans/${p.slug}/versions`} leftSection={<IconGitCompare size={16} aria-hidden />}>
          {t('page.versions')}
        </Button>
        <Menu>
          <Menu.Target>
            <Button variant="outline" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('page.downloads')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('page.exportLanguage')}</Menu.Label>
            {LANGUAGES.map((l) => (
              <Menu.Item key={l} onClick={() => setExportLang(l)} closeMenuOnClick={false} fw={l === exportLang ? 700 : 400}>
                {LANGUAGE_NAMES[l]}
                {l === exportLang ? ' ✓' : ''}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item component="a" href={exportOf(ROUTES.planExports.pdf)} target="_blank" rel="noopener">
              {t('page.exportPdf')} ({exportLang.toUpperCase()})
            </Menu.Item>
            <Menu.Item component="a" href={exportOf(ROUTES.planExports.html)} target="_blank" rel="noopener">
              {t('page.exportHtml')} ({exportLang.toUpperCase()})
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {p.reviewVersion && p.showing !== p.reviewVersion.number && (
        <Alert color="civic" variant="light">
          <Group justify="space-between">
            <Text>{t('page.reviewBanner', { number: p.reviewVersion.number })}</Text>
            <Button size="xs" variant="white" onClick={() => setParams({ version: String(p.reviewVersion!.number) })}>
              {t('page.readReview')}
            </Button>
          </Group>
        </Alert>
      )}
      {review && (
        <Alert color="civic" variant="light" title={t('review.title')}>
          {shownVersion?.review === 'closed' ? (
            t('review.closed')
          ) : me.data ? (
            t('review.selectHint')
          ) : (
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/plans/${p.slug}?version=${versionNumber}`)}`}>
              {t('review.signInToComment')}
            </Anchor>
          )}
        </Alert>
      )}
      <Grid gap="xl">
        {!review && (
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Card component="nav" aria-labelledby="toc" withBorder padding="sm" className="plan-toc">
              <Title order={2} fz="sm" id="toc" mb="xs">
                {t('page.contents')}
              </Title>
              <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {nav.map((s) => (
                  <li key={s.id}>
                    <Anchor href={`#s-${s.id}`} size="sm">
                      {s.code && /^\d+$/.test(s.code) ? `${s.code}. ` : ''}
                      <span lang={localize(s.content.title).lang}>{localize(s.content.title).text}</span>
                    </Anchor>
                  </li>
                ))}
              </Stack>
            </Card>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: review ? 12 : 9 }}>
          <Stack gap="xl">
            {p.sections.length === 0 && <Text c="dimmed">{t('page.noSections')}</Text>}
            {p.sections.map((s, i) => (
              <div key={s.id}>
                {i > 0 && s.kind !== 'action' && <Divider mb="xl" />}
                <SectionView slug={p.slug} section={s} review={review} />
              </div>
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
      {versionNumber !== null && (
        <AnnotationModal target={target} version={versionNumber} actions={actions} onClose={() => setTarget(null)} />
      )}
    </Stack>
  );
}
