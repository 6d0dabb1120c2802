import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { NotificationText } from './NotificationText';
import { useMarkRead, useNotificationList, useUnreadCount } from './useNotifications';

/** The header bell: unread count (live), the latest notifications, a link to all of them. */
export function NotificationBell() {
  const me = useMe();
  if (!me.data) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation('proposals');
  const navigate = useNavigate();
  const unread = useUnreadCount(true).data?.unread ?? 0;
  const list = useNotificationList(6);
  const read = useMarkRead();
  const items = list.data?.pages[0]?.items ?? [];
  return (
    <Menu position="bottom-end" width={340} shadow="md" withInitialFocusPlaceholder={false}>
      {/* The menu's ARIA attributes go on the button itself, so the indicator sits inside it. */}
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('notifications.bell', { count: unread })}
          data-testid="notification-bell"
        >
          <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} color="red" offset={2}>
            <IconBell size={22} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {items.length === 0 && (
          <Text size="sm" p="xs">
            {t('notifications.empty')}
          </Text>
        )}
        {items.map((n) => (
          <Menu.Item
            key={n.id}
            onClick={() => {
              if (!n.readAt) read.mutate(n.id);
              if (n.link) navigate(n.link);
            }}
            fw={n.readAt ? 400 : 700}
          >
            <Text size="sm" fw={n.readAt ? 400 : 700}>
              <NotificationText notification={n} />
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => navigate('/notifications')}>{t('notifications.viewAll')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
