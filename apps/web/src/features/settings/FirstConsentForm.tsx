import type { ReactNode } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { focusFirstInvalid } from '../../shared/useSchemaForm';
import { ProfileFields } from '../profile/ProfileFields';
import { useProfileForm } from '../profile/useProfileForm';
import { useGiveConsent } from './usePublicTexts';

/**
 * First sign-in through single sign-on: the provider gave a name and an address only, so the person
 * says who they are (what registration asks) and accepts the privacy notice and terms in one step.
 */
export function FirstConsentForm({ me, version, links, onStale }: { me: Me; version: string; links: ReactNode; onStale: () => void }) {
  const { t } = useTranslation('settings');
  const give = useGiveConsent();
  // The API answers `profile.displayName` and so on: those land on the fields.
  const { form, showServerErrors, generalError } = useProfileForm(me, 'profile');

  const submit = form.onSubmit((profile) => {
    give.mutate(
      { version, profile },
      {
        onError: (error) => {
          showServerErrors(error);
          onStale();
        },
      },
    );
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label={t('consent.firstTitle')}>
      <Stack gap="md">
        <Text>{t('consent.firstText')}</Text>
        <ErrorAlert error={generalError(give.error)} />
        <ProfileFields form={form} isOfficial={me.category === 'official'} />
        {links}
        <Group justify="flex-end">
          <Button type="submit" loading={give.isPending}>
            {t('consent.firstAccept')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
