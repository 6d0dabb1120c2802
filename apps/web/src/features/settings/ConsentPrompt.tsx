import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import { useConsent, useGiveConsent } from './usePublicTexts';

/** After the admins publish a new privacy notice or terms, signed-in people accept them again before going on. */
export function ConsentPrompt() {
  const { t } = useTranslation('settings');
  const me = useMe().data;
  const consent = useConsent(Boolean(me));
  const give = useGiveConsent();
  const status = consent.data;
  if (!me || !status?.required) return null;
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('consent.title')}
      centered
    >
      <Stack gap="md">
        <Text>{t('consent.text')}</Text>
        <Group gap="md">
          <Anchor component={Link} to="/privacy" target="_blank">
            {t('consent.privacy')}
          </Anchor>
          <Anchor component={Link} to="/terms" target="_blank">
            {t('consent.terms')}
          </Anchor>
        </Group>
        <ErrorAlert error={give.error} />
        <Group justify="flex-end">
          <Button onClick={() => give.mutate(status.version, { onError: () => void consent.refetch() })} loading={give.isPending}>
            {t('consent.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
