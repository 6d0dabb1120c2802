import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clearSessionEnded, useSessionEnded } from './sessionEnded';

/** Says that (and why) the session ended from elsewhere, and offers to sign in again: on every page until dismissed. */
export function SessionEndedNotice() {
  const { t } = useTranslation();
  const reason = useSessionEnded();
  const location = useLocation();
  if (!reason) return null;
  const onLogin = location.pathname === '/login';
  const next = onLogin ? (new URLSearchParams(location.search).get('next') ?? '/') : `${location.pathname}${location.search}`;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      mb="lg"
      title={t('auth.ended.title')}
      icon={<IconLogout aria-hidden />}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={clearSessionEnded}
      data-testid="session-ended"
      // Mantine's light title colour (red-6) is 3.3:1 on its background: the title in the text colour instead.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{t(`auth.ended.${reason}`)}</Text>
      {!onLogin && (
        <Group mt="sm">
          <Button component={Link} to={`/login?next=${encodeURIComponent(next)}`} size="sm">
            {t('auth.ended.signInAgain')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
