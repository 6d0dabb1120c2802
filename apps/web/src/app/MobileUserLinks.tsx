import { Button, Stack, Text } from '@mantine/core';
import { IconDatabaseExport, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';
import { useSession } from '../features/auth/useSession';

/** The user menu's entries laid out for the mobile drawer (full-width, no nested popup). */
export function MobileUserLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Stack gap="xs">
        <Button component={Link} to="/login" variant="default" fullWidth onClick={onNavigate}>
          {t('nav.login')}
        </Button>
        <Button component={Link} to="/register" fullWidth onClick={onNavigate}>
          {t('nav.register')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Text fw={700}>{me.data.displayName}</Text>
      <Button
        component={Link}
        to="/profile"
        variant="subtle"
        justify="flex-start"
        leftSection={<IconUserCircle size={18} aria-hidden />}
        onClick={onNavigate}
      >
        {t('nav.profile')}
      </Button>
      <Button
        component={Link}
        to="/account"
        variant="subtle"
        justify="flex-start"
        leftSection={<IconDatabaseExport size={18} aria-hidden />}
        onClick={onNavigate}
      >
        {t('nav.account')}
      </Button>
      <Button
        variant="subtle"
        color="red.9"
        justify="flex-start"
        leftSection={<IconLogout size={18} aria-hidden />}
        onClick={() =>
          logout.mutate(undefined, {
            onSettled: () => {
              onNavigate();
              navigate('/');
            },
          })
        }
      >
        {t('nav.logout')}
      </Button>
    </Stack>
  );
}
