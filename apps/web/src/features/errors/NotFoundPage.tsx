import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack align="center" gap="md" py={60} ta="center">
      <IconCompass size={64} color="var(--mantine-color-civic-7)" aria-hidden />
      <Title order={1}>{t('notFound.title')}</Title>
      <Text c="dimmed" maw={520}>
        {t('notFound.text')}
      </Text>
      <Group>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
        <Button component={Link} to="/organisations" variant="outline">
          {t('nav.organisations')}
        </Button>
      </Group>
    </Stack>
  );
}
