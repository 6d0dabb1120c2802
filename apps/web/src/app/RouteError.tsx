import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Last resort when a page crashes (or a lazy chunk fails to load after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={80} component="main">
      <Stack gap="md">
        <Title order={1}>{t('errors.crashTitle')}</Title>
        <Text>{t('errors.crashText')}</Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('errors.reload')}
        </Button>
      </Stack>
    </Container>
  );
}
