import { useState } from 'react';
import { Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ConfirmModal } from '../../shared/ConfirmModal';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { TableScroll } from '../../shared/TableScroll';
import { StatusBadge } from '../../shared/StatusBadge';
import { pickText } from '../consultations/pickText';
import { currentLanguage } from '../../app/i18n';
import { LocalizedMark, useLocalize } from '../../shared/localized';
import type { PlanVersionSummary } from '@polyphony/contracts';
import { VersionNameModal } from './VersionNameModal';
import { DiffView } from './DiffView';
import { useDiff, usePlan, usePlanActions, useVersions } from './usePlan';
import { dateTimeFormat } from '../../app/territory-time';

const REVIEW_COLOURS = { none: 'gray', open: 'orange', closed: 'gray' } as const;

/** Named versions: save, compare any two (or with the working draft), restore, publish for review. */
export function PlanVersionsPage() {
  const { t, i18n } = useTranslation('plan');
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const plan = usePlan(slug);
  const versions = useVersions(slug);
  const actions = usePlanActions(slug, plan.data?.id);
  const staff = plan.data?.can.edit || plan.data?.showing === 'draft';
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<PlanVersionSummary | null>(null);
  const [restoring, setRestoring] = useState<PlanVersionSummary | null>(null);
  const localize = useLocalize();
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | 'draft' | null>(null);
  const list = versions.data ?? [];
  const effectiveFrom = from ?? list[list.length - 1]?.number ?? null;
  const effectiveTo = to ?? (list.length > 1 ? list[0].number : staff ? 'draft' : null);
  const diff = useDiff(slug, effectiveFrom, effectiveTo);
  const title = pickText(plan.data?.title);
  if (plan.isPending || versions.isPending) return <PageLoader />;
  const errors = fieldErrors(actions.saveVersion.error);
  const options = [
    ...(staff ? [{ value: 'draft', label: t('versions.draft') }] : []),
    ...list.map((v) => ({ value: String(v.number), label: `${v.number} · ${localize(v.name).text}` })),
  ];
  const label = (v: number | 'draft' | null) => (v === 'draft' ? t('versions.draft') : v === null ? '' : `${v}`);

  return (
    <>
      <Anchor component={Link} to={`/plans/${slug}`} size="sm" mb="sm" display="block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {title.text}
        </Group>
      </Anchor>
      <PageHeader title={t('versions.title')} />
      <Stack gap="xl">
        <ErrorAlert error={plan.error ?? versions.error ?? actions.restore.error ?? actions.review.error} />
        {staff && (
          <Card component="section" aria-labelledby="save-version" withBorder padding="md">
            <Title order={2} fz="lg" id="save-version" mb="sm">
              {t('versions.save')}
            </Title>
            <ErrorAlert error={actions.saveVersion.error} />
            <Group align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={t('versions.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
              />
              <Button
                disabled={!name.trim()}
                loading={actions.saveVersion.isPending}
                onClick={() => actions.saveVersion.mutate({ name: { [currentLanguage()]: name } }, { onSuccess: () => setName('') })}
              >
                {t('versions.saveSubmit')}
              </Button>
            </Group>
          </Card>
        )}
        {list.length === 0 ? (
          <Text c="dimmed">{t('versions.none')}</Text>
        ) : (
          <TableScroll label={t('versions.title')} minWidth={680}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('versions.name')}</Table.Th>
                  <Table.Th>{t('review.title')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.number}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/plans/${slug}?version=${v.number}`} lang={localize(v.name).lang}>
                        {localize(v.name).text}
                      </Anchor>
                      <LocalizedMark value={localize(v.name)} />
                      <Text size="xs" c="gray.7">
                        {dateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(v.createdAt))}
                        {v.createdBy ? ` · ${t('versions.by', { name: v.createdBy })}` : ''}
                        {v.annotations ? ` · ${t('versions.annotations', { count: v.annotations })}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge color={REVIEW_COLOURS[v.review]}>{t(`versions.review.${v.review}`)}</StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      {staff && (
                        <Group gap="xs" justify="flex-end">
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={t('versions.renameLabel', { number: v.number })}
                            onClick={() => setRenaming(v)}
                          >
                            {t('versions.rename')}
                          </Button>
                          <Button size="xs" variant="subtle" onClick={() => setRestoring(v)}>
                            {t('versions.restore')}
                          </Button>
                          {v.review === 'open' ? (
                            <Button size="xs" variant="outline" onClick={() => actions.review.mutate({ number: v.number, open: false })}>
                              {t('versions.close')}
                            </Button>
                          ) : (
                            <Button size="xs" variant="light" onClick={() => actions.review.mutate({ number: v.number, open: true })}>
                              {t('versions.publish')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {options.length > 1 && (
          <Card component="section" aria-labelledby="compare" withBorder padding="md">
            <Title order={2} fz="lg" id="compare" mb="sm">
              {t('versions.compare')}
            </Title>
            <Group align="flex-end" mb="md">
              <NativeSelect
                label={t('versions.from')}
                value={String(effectiveFrom ?? '')}
                data={options.filter((o) => o.value !== 'draft')}
                onChange={(e) => setFrom(Number(e.currentTarget.value))}
              />
              <NativeSelect
                label={t('versions.to')}
                value={String(effectiveTo ?? '')}
                data={options}
                onChange={(e) => setTo(e.currentTarget.value === 'draft' ? 'draft' : Number(e.currentTarget.value))}
              />
            </Group>
            <Title order={3} fz="md" mb="sm">
              {t('versions.diffTitle', { from: label(effectiveFrom), to: label(effectiveTo) })}
            </Title>
            <ErrorAlert error={diff.error} />
            {diff.isFetching && !diff.data ? <PageLoader /> : diff.data && <DiffView diff={diff.data} />}
          </Card>
        )}
      </Stack>
      <ConfirmModal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('versions.restore')}
        confirmLabel={t('versions.restore')}
        loading={actions.restore.isPending}
        error={actions.restore.error}
        onConfirm={() =>
          restoring &&
          actions.restore.mutate(restoring.number, {
            onSuccess: () => {
              setRestoring(null);
              void navigate(`/plans/${slug}?version=draft`);
            },
          })
        }
      >
        {restoring && t('versions.restoreConfirm', { number: restoring.number })}
      </ConfirmModal>
      {renaming && <VersionNameModal slug={slug} planId={plan.data?.id} version={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}
