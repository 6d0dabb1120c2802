import { useState } from 'react';
import { Alert, Card, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, isStaff } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { TranslationStatus } from './TranslationStatus';
import { UsersTable } from './UsersTable';
import { Forbidden } from './Forbidden';
import { AdminTabs } from './AdminTabs';
import { useUnblockUser, useUsers } from './useUsers';
import { UserModals, type UserAction } from './UserModals';
import { LoadMore } from '../../shared/LoadMore';

function AdminUsers() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const users = useUsers({ q: debounced || undefined, role: (role || undefined) as Role | undefined });
  const [action, setAction] = useState<UserAction | null>(null);
  const unblock = useUnblockUser();
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('admin.users.title')} lead={t('admin.users.lead')} />
      <AdminTabs />
      <UserModals action={action} onClose={() => setAction(null)} />
      <Stack gap="lg">
        <TranslationStatus />
        {me.role !== 'admin' && (
          <Alert color="civic" variant="light">
            {t('admin.users.readOnly')}
          </Alert>
        )}
        <Card>
          <Group
            gap="md"
            align="flex-end"
            component="form"
            role="search"
            aria-label={t('admin.users.filtersLabel')}
            onSubmit={(e) => e.preventDefault()}
          >
            <TextInput
              label={t('admin.users.search')}
              type="search"
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              leftSection={<IconSearch size={16} aria-hidden />}
              style={{ flex: 1, minWidth: 220 }}
            />
            <NativeSelect
              label={t('admin.users.roleFilter')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
              data={[{ value: '', label: t('admin.users.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
            />
          </Group>
        </Card>
        <ErrorAlert error={users.error ?? unblock.error} />
        {users.isPending && <PageLoader />}
        {users.isSuccess && (
          <Card padding="md">
            {items.length === 0 ? (
              <Text c="dimmed" ta="center" py="lg">
                {t('admin.users.empty')}
              </Text>
            ) : (
              <UsersTable
                users={items}
                canChangeRoles={me.role === 'admin'}
                currentUserId={me.id}
                onRoleChange={(user, role) => setAction({ kind: 'role', user, role })}
                onBlock={(user) => setAction({ kind: 'block', user })}
                onUnblock={(user) =>
                  unblock.mutate(user.id, {
                    onSuccess: (u) =>
                      notifications.show({ color: 'civic', message: t('accounts:admin.users.unblockedDone', { name: u.displayName }) }),
                  })
                }
                onLink={(user) => setAction({ kind: 'link', user })}
              />
            )}
          </Card>
        )}
        <LoadMore query={users}>{t('admin.users.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}

function AdminGate() {
  const me = useMe().data!;
  return isStaff(me) ? <AdminUsers /> : <Forbidden />;
}

export function AdminUsersPage() {
  return (
    <RequireAuth>
      <AdminGate />
    </RequireAuth>
  );
}
