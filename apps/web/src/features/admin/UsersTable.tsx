import { Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UserSummary } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { StatusBadge } from '../../shared/StatusBadge';
import { useCountryName } from '../../shared/useCountryName';

interface UsersTableProps {
  users: UserSummary[];
  canChangeRoles: boolean;
  currentUserId: string;
  onRoleChange: (user: UserSummary, role: Role) => void;
  onBlock?: (user: UserSummary) => void;
  onUnblock?: (user: UserSummary) => void;
  onLink?: (user: UserSummary) => void;
}

export function UsersTable({ users, canChangeRoles, currentUserId, onRoleChange, onBlock, onUnblock, onLink }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{t('admin.users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.columns.category')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.columns.country')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.columns.joined')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.columns.role')}</Table.Th>
            {canChangeRoles && <Table.Th scope="col">{t('accounts:invitations.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={600}>
                {user.displayName}
                {user.email && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {user.email}
                  </Text>
                )}
                {user.blockedAt && (
                  <Badge color="red.9" variant="light" mt={4} title={user.blockedReason ?? undefined}>
                    {t('accounts:admin.users.blocked')}
                  </Badge>
                )}
                {canChangeRoles && !user.emailVerified && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('accounts:admin.users.unverified')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <CategoryBadge category={user.category} />
              </Table.Td>
              <Table.Td>{countryName(user.country)}</Table.Td>
              <Table.Td>{date.format(new Date(user.createdAt))}</Table.Td>
              <Table.Td>
                {canChangeRoles && user.id !== currentUserId ? (
                  <NativeSelect
                    size="xs"
                    w={170}
                    aria-label={t('admin.users.roleFor', { name: user.displayName })}
                    value={user.role}
                    onChange={(e) => onRoleChange(user, e.currentTarget.value as Role)}
                    data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                  />
                ) : (
                  <StatusBadge color="civic">{t(`roles.${user.role}`)}</StatusBadge>
                )}
              </Table.Td>
              {canChangeRoles && (
                <Table.Td>
                  {user.id !== currentUserId && (
                    <Group gap={6} wrap="nowrap">
                      {user.blockedAt ? (
                        <Button size="compact-xs" variant="default" onClick={() => onUnblock?.(user)}>
                          {t('accounts:admin.users.unblock')}
                        </Button>
                      ) : (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => onBlock?.(user)}
                          aria-label={`${t('accounts:admin.users.block')}: ${user.displayName}`}
                        >
                          {t('accounts:admin.users.block')}
                        </Button>
                      )}
                      {!user.blockedAt && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => onLink?.(user)}
                          aria-label={`${t('accounts:admin.users.link')}: ${user.displayName}`}
                        >
                          {t('accounts:admin.users.link')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
