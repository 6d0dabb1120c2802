import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Me, type UpdateProfileRequest } from '@polyphony/contracts';
import { api, fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormValues } from '../../shared/useFormValues';
import { ME_KEY } from '../auth/useMe';
import { PARTICIPANT_CATEGORIES } from '../../shared/participantCategories';

/** Name, category, country, origin (diaspora) and language; officials keep their category. */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isOfficial = me.category === 'official';
  const { values, set } = useFormValues({
    displayName: me.displayName,
    category: me.category as string,
    country: me.country,
    originTerritory: me.originTerritory ?? '',
    preferredLanguage: me.preferredLanguage as Language,
  });
  const save = useMutation({
    mutationFn: (body: UpdateProfileRequest) => api<Me>('/api/me', { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(ME_KEY, updated);
      notifications.show({ color: 'civic', message: t('profile.saved') });
    },
  });
  const errors = fieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateProfileRequest = {
      displayName: values.displayName,
      country: values.country,
      preferredLanguage: values.preferredLanguage,
      originTerritory: values.category === 'diaspora' ? values.originTerritory.trim() || null : null,
    };
    if (!isOfficial) body.category = values.category as UpdateProfileRequest['category'];
    save.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-form-title">
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        <TextInput
          label={t('fields.displayName')}
          description={t('fields.displayNameHelp')}
          required
          autoComplete="nickname"
          value={values.displayName}
          onChange={(e) => set('displayName')(e.currentTarget.value)}
          error={errors.displayName}
        />
        <TextInput label={t('fields.email')} value={me.email} readOnly description={t('profile.emailReadOnly')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CategorySelect
            label={t('fields.category')}
            categories={isOfficial ? ['official'] : PARTICIPANT_CATEGORIES}
            disabled={isOfficial}
            required
            value={values.category}
            onChange={set('category')}
            error={errors.category}
          />
          <CountrySelect label={t('fields.country')} required value={values.country} onChange={set('country')} error={errors.country} />
        </SimpleGrid>
        {values.category === 'diaspora' && (
          <TextInput
            label={t('fields.originTerritory')}
            description={t('fields.originTerritoryHelp')}
            value={values.originTerritory}
            onChange={(e) => set('originTerritory')(e.currentTarget.value)}
            error={errors.originTerritory}
          />
        )}
        <NativeSelect
          label={t('fields.preferredLanguage')}
          value={values.preferredLanguage}
          onChange={(e) => set('preferredLanguage')(e.currentTarget.value as Language)}
          error={errors.preferredLanguage}
          data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
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
