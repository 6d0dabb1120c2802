import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';

/** The home page of an instance nobody has set up yet: a calm notice, never an error. */
export function SetupPendingHome() {
  const { t } = useTranslation('settings');
  const me = useMe();
  useDocumentTitle(t('pending.title'));
  return (
    <Card maw={640} mx="auto" padding="xl" withBorder>
      <Stack gap="md" align="flex-start">
        <IconTools size={40} aria-hidden color="var(--mantine-color-civic-7)" />
        <Title order={1} fz={28}>
          {t('pending.title')}
        </Title>
        <Text>{t('pending.text')}</Text>
        {me.data?.role === 'admin' ? (
          <Button component={Link} to="/setup">
            {t('pending.start')}
          </Button>
        ) : (
          !me.data && (
            <Text size="sm" c="dimmed">
              {t('pending.admin')} <Link to="/login">{t('pending.signIn')}</Link>
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
