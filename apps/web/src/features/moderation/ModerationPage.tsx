import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { TableScroll } from '../../shared/TableScroll';
import { RequireAuth } from '../auth/RequireAuth';
import { ModerateButtons } from './ModerateButtons';
import { useModerationLog, useModerationQueue } from './useModeration';
import { dateTimeFormat } from '../../app/territory-time';
import { LoadMore } from '../../shared/LoadMore';

export function ModerationPage() {
  return (
    <RequireAuth>
      <Moderation />
    </RequireAuth>
  );
}

function Moderation() {
  const { t, i18n } = useTranslation('proposals');
  const [state, setState] = useState<'open' | 'hidden'>('open');
  const queue = useModerationQueue(state);
  const log = useModerationLog();
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  return (
    <>
      <PageHeader title={t('moderation.title')} lead={t('moderation.lead')} />
      <Stack gap="lg">
        <SegmentedControl
          value={state}
          onChange={(v) => setState(v as 'open' | 'hidden')}
          data={[
            { value: 'open', label: t('moderation.open') },
            { value: 'hidden', label: t('moderation.hidden') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <ErrorAlert error={queue.error} />
        {queue.isSuccess && items.length === 0 && (
          <Card padding="lg">
            <Text>{t('moderation.empty')}</Text>
          </Card>
        )}
        {items.map((item) => (
          <Card key={`${item.targetType}:${item.targetId}`} padding="lg" component="article">
            <Stack gap="xs">
              <Group gap="xs">
                <Badge variant="light" tt="none" c="gray.9">
                  {t(`moderation.targets.${item.targetType}`)}
                </Badge>
                {item.hidden && (
                  <Badge color="orange" variant="light" tt="none" c="gray.9">
                    {t('moderation.hiddenBadge')}
                  </Badge>
                )}
                {item.openReports > 0 && (
                  <Text size="sm" fw={600}>
                    {t('moderation.reports', { count: item.openReports })}
                  </Text>
                )}
                {item.author && (
                  <Text size="sm" c="dimmed">
                    {t('card.by', { name: item.author.displayName })}
                  </Text>
                )}
              </Group>
              <Text>{item.excerpt}</Text>
              {Object.keys(item.reasons).length > 0 && (
                <Text size="sm">
                  {Object.entries(item.reasons)
                    .map(([r, n]) => `${t(`reasons.${r}`)} (${n})`)
                    .join(' · ')}
                </Text>
              )}
              {item.details.map((d, i) => (
                <Text key={i} size="sm" fs="italic">
                  “{d}”
                </Text>
              ))}
              {item.link && (
                <Anchor component={Link} to={item.link} size="sm">
                  {t('moderation.open_link')}
                </Anchor>
              )}
              <ModerateButtons targetType={item.targetType} targetId={item.targetId} hidden={item.hidden} dismiss={item.openReports > 0} />
            </Stack>
          </Card>
        ))}
        <LoadMore query={queue}>{t('list.loadMore')}</LoadMore>
        <Title order={2} size="h3" mt="lg" id="moderation-log">
          {t('moderation.log')}
        </Title>
        <TableScroll labelledBy="moderation-log" minWidth={640}>
          <Table striped withTableBorder>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <time dateTime={e.at}>{date(e.at)}</time>
                  </Table.Td>
                  <Table.Td>{e.actor?.displayName ?? t('moderation.system')}</Table.Td>
                  <Table.Td>
                    {t(`moderation.actions.${e.action}`)}
                    {e.action === 'status_change' && typeof e.data.to === 'string' ? ` → ${t(`status.${e.data.to}`)}` : ''}
                  </Table.Td>
                  <Table.Td>{t(`moderation.targets.${e.targetType}`)}</Table.Td>
                  <Table.Td>{e.action === 'report' ? t(`reasons.${e.reason}`) : e.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <LoadMore query={log}>{t('list.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}
