import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import { FirstConsentForm } from './FirstConsentForm';
import { useConsent, useGiveConsent } from './usePublicTexts';

/**
 * After the admins publish a new privacy notice or terms, signed-in people accept them again before
 * going on; an account that never consented (single sign-on skips registration) also completes its profile.
 */
export function ConsentPrompt() {
  const { t } = useTranslation('settings');
  const me = useMe().data;
  const consent = useConsent(Boolean(me));
  const give = useGiveConsent();
  const status = consent.data;
  if (!me || !status?.required) return null;
  const links = (
    <Group gap="md">
      <Anchor component={Link} to="/privacy" target="_blank">
        {t('consent.privacy')}
      </Anchor>
      <Anchor component={Link} to="/terms" target="_blank">
        {t('consent.terms')}
      </Anchor>
    </Group>
  );
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t(status.completeProfile ? 'consent.firstTitle' : 'consent.title')}
      size={status.completeProfile ? 'lg' : 'md'}
      centered
    >
      {status.completeProfile ? (
        <FirstConsentForm me={me} version={status.version} links={links} onStale={() => void consent.refetch()} />
      ) : (
        <Stack gap="md">
          <Text>{t('consent.text')}</Text>
          {links}
          <ErrorAlert error={give.error} />
          <Group justify="flex-end">
            <Button
              onClick={() => give.mutate({ version: status.version }, { onError: () => void consent.refetch() })}
              loading={give.isPending}
            >
              {t('consent.accept')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
