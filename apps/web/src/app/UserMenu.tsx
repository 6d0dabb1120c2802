import { isStaff } from '@polyphony/contracts';
import { Avatar, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconDatabaseExport, IconLogout, IconSettings, IconShieldCog, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { useMe } from '../features/auth/useMe';
import { useSession } from '../features/auth/useSession';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** Sign-in / register buttons, or the signed-in user's menu. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to="/login" variant="subtle">
          {t('nav.login')}
        </Button>
        <Button component={Link} to="/register">
          {t('nav.register')}
        </Button>
      </Group>
    );
  }

  const user = me.data;
  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ message: t('auth.loggedOut'), color: 'civic' });
        navigate('/');
      },
    });

  return (
    <Menu position="bottom-end" width={240} shadow="md" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={
            <Avatar size={26} color="civic" radius="xl" aria-hidden>
              {initials(user.displayName)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          <span className="user-menu__name">{user.displayName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account" leftSection={<IconDatabaseExport size={18} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        {isStaff(user) && (
          <Menu.Item component={Link} to="/admin/users" leftSection={<IconShieldCog size={18} aria-hidden />}>
            {t('nav.admin')}
          </Menu.Item>
        )}
        {user.role === 'admin' && (
          <Menu.Item component={Link} to="/admin/settings" leftSection={<IconSettings size={18} aria-hidden />}>
            {t('settingsPage.title', { ns: 'settings' })}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red.9" leftSection={<IconLogout size={18} aria-hidden />} onClick={signOut}>
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
