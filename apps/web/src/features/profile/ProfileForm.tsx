import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Me, UpdateProfileRequest } from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { focusFirstInvalid } from '../../shared/useSchemaForm';
import { ME_KEY } from '../auth/useMe';
import { ProfileFields } from './ProfileFields';
import { useProfileForm } from './useProfileForm';

/** Name, category, country, origin (diaspora) and language; officials keep their category. */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, showServerErrors, generalError } = useProfileForm(me);
  const save = useMutation({
    mutationFn: (body: UpdateProfileRequest) => api<Me>('/api/me', { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(ME_KEY, updated);
      notifications.show({ color: 'civic', message: t('profile.saved') });
    },
    onError: showServerErrors,
  });

  return (
    <form onSubmit={form.onSubmit((body) => save.mutate(body), focusFirstInvalid)} noValidate aria-labelledby="profile-form-title">
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
