import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { RequireAuth } from '../auth/RequireAuth';
import { NotificationText } from './NotificationText';
import { useMarkRead, useNotificationList } from './useNotifications';
import { dateTimeFormat } from '../../app/territory-time';
import { LoadMore } from '../../shared/LoadMore';

export function NotificationsPage() {
  return (
    <RequireAuth>
      <Notifications />
    </RequireAuth>
  );
}

function Notifications() {
  const { t, i18n } = useTranslation('proposals');
  const list = useNotificationList();
  const read = useMarkRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        actions={
          <Button variant="light" onClick={() => read.mutate('all')}>
            {t('notifications.markAll')}
          </Button>
        }
      />
      <Stack gap="sm">
        <ErrorAlert error={list.error} />
        {list.isSuccess && items.length === 0 && (
          <Card padding="lg">
            <Text>{t('notifications.empty')}</Text>
          </Card>
        )}
        {items.map((n) => (
          <Card key={n.id} padding="md" component="article" data-testid="notification">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                {n.link ? (
                  <Anchor component={Link} to={n.link} fw={n.readAt ? 400 : 700} onClick={() => !n.readAt && read.mutate(n.id)}>
                    <NotificationText notification={n} />
                  </Anchor>
                ) : (
                  <Text fw={n.readAt ? 400 : 700}>
                    <NotificationText notification={n} />
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  <time dateTime={n.createdAt}>
                    {dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(n.createdAt))}
                  </time>
                </Text>
              </Stack>
              {!n.readAt && (
                <Badge color="red" variant="light" c="gray.9" tt="none">
                  {t('notifications.unread')}
                </Badge>
              )}
            </Group>
          </Card>
        ))}
        <LoadMore query={list}>{t('notifications.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}
