import { Group, Button } from '@mantine/core';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';

/** The administration pages, one row of links (officials see people and invitations). */
export function AdminTabs() {
  const { t } = useTranslation(['accounts', 'web']);
  const role = useMe().data?.role;
  const links = [
    { to: '/admin/users', label: t('web:admin.users.title') },
    { to: '/admin/invitations', label: t('invitations.title') },
    ...(role === 'admin'
      ? [
          { to: '/admin/audit', label: t('admin.audit.title') },
          { to: '/admin/outbox', label: t('admin.outbox.title') },
        ]
      : []),
  ];
  return (
    <Group component="nav" aria-label={t('admin.nav')} gap="xs" mb="lg" wrap="wrap">
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end style={{ textDecoration: 'none' }}>
          {({ isActive }) => (
            <Button component="span" size="xs" variant={isActive ? 'filled' : 'default'} aria-current={isActive ? 'page' : undefined}>
              {link.label}
            </Button>
          )}
        </NavLink>
      ))}
    </Group>
  );
}
