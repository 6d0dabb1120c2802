import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * In place of the live room once the server took it away from this page: the session ended, or the
 * person may no longer be in this room. No conversation or composer stays on screen to look usable.
 */
export function RoomEnded({ roomId, title, why }: { roomId: string; title: string; why: 'session' | 'access' }) {
  const { t } = useTranslation('rooms');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/rooms" size="sm">
        {t('room.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title={t(`ended.${why}Title`)}
        icon={<IconDoorExit aria-hidden />}
        data-testid="room-ended"
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">{t(`ended.${why}`)}</Text>
        <Group mt="sm">
          {why === 'session' ? (
            <Button component={Link} to={`/login?next=${encodeURIComponent(`/rooms/${roomId}`)}`} size="sm">
              {t('ended.signInAgain')}
            </Button>
          ) : (
            <Button component={Link} to="/rooms" size="sm" variant="default">
              {t('room.back')}
            </Button>
          )}
        </Group>
      </Alert>
    </Stack>
  );
}
