import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Me } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { focusFirstInvalid } from '../../shared/useSchemaForm';
import { ProfileFields } from './ProfileFields';
import { useProfileForm } from './useProfileForm';
import { useSaveProfile } from './useProfile';

/** Name, category, country, origin (diaspora) and language; officials keep their category. */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { form, showServerErrors, generalError } = useProfileForm(me);
  const save = useSaveProfile();
  const saved = () => notifications.show({ color: 'civic', message: t('profile.saved') });

  return (
    <form
      onSubmit={form.onSubmit((body) => save.mutate(body, { onSuccess: saved, onError: showServerErrors }), focusFirstInvalid)}
      noValidate
      aria-labelledby="profile-form-title"
    >
      <Stack gap="md">
        <ErrorAlert error={generalError(save.error)} />
        <ProfileFields
          form={form}
          isOfficial={me.category === 'official'}
          afterName={<TextInput label={t('fields.email')} value={me.email} readOnly description={t('profile.emailReadOnly')} />}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
