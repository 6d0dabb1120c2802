import { Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../auth/RequireAuth';
import { PageHeader } from '../../shared/PageHeader';
import { DeleteAccountModal } from './DeleteAccountModal';

function Account() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader title={t('account.title')} lead={t('account.lead')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Card component="section" aria-labelledby="export-title">
          <Stack gap="md" h="100%">
            <Title order={2} id="export-title">
              {t('account.export.title')}
            </Title>
            <Text>{t('account.export.text')}</Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('account.export.items.profile')}</List.Item>
              <List.Item>{t('account.export.items.memberships')}</List.Item>
              <List.Item>{t('account.export.items.sessions')}</List.Item>
            </List>
            <Button
              component="a"
              href="/api/me/export"
              download="polyphony-export.json"
              leftSection={<IconDownload size={18} aria-hidden />}
              w="fit-content"
              mt="auto"
            >
              {t('account.export.download')}
            </Button>
          </Stack>
        </Card>
        <Card component="section" aria-labelledby="delete-title">
          <Stack gap="md" h="100%">
            <Title order={2} id="delete-title">
              {t('account.delete.title')}
            </Title>
            <Text>{t('account.delete.text')}</Text>
            <Text size="sm" c="dimmed">
              {t('account.delete.privacyHint')} <Link to="/privacy">{t('nav.privacy')}</Link>
            </Text>
            <Button
              color="red.9"
              variant="outline"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={open}
              w="fit-content"
              mt="auto"
            >
              {t('account.delete.open')}
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
      <DeleteAccountModal opened={opened} onClose={close} />
    </>
  );
}

export function AccountPage() {
  return (
    <RequireAuth>
      <Account />
    </RequireAuth>
  );
}
