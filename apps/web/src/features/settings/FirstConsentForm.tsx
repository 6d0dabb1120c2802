import type { FormEvent, ReactNode } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Me, type UpdateProfileRequest } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PARTICIPANT_CATEGORIES } from '../../shared/participantCategories';
import { useFormValues } from '../../shared/useFormValues';
import { useGiveConsent } from './usePublicTexts';

/**
 * First sign-in through single sign-on: the provider gave a name and an address only, so the person
 * says who they are (what registration asks) and accepts the privacy notice and terms in one step.
 */
export function FirstConsentForm({ me, version, links, onStale }: { me: Me; version: string; links: ReactNode; onStale: () => void }) {
  const { t } = useTranslation('settings');
  const give = useGiveConsent();
  const isOfficial = me.category === 'official';
  const { values, set } = useFormValues({
    displayName: me.displayName,
    category: me.category as string,
    country: me.country,
    originTerritory: me.originTerritory ?? '',
    preferredLanguage: me.preferredLanguage as Language,
  });
  const errors = fieldErrors(give.error);
  const error = (field: string) => errors[`profile.${field}`];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const profile: UpdateProfileRequest = {
      displayName: values.displayName,
      country: values.country,
      preferredLanguage: values.preferredLanguage,
      originTerritory: values.category === 'diaspora' ? values.originTerritory.trim() || null : null,
    };
    if (!isOfficial) profile.category = values.category as UpdateProfileRequest['category'];
    give.mutate({ version, profile }, { onError: onStale });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('consent.firstTitle')}>
      <Stack gap="md">
        <Text>{t('consent.firstText')}</Text>
        <ErrorAlert error={give.error} />
        <TextInput
          label={t('web:fields.displayName')}
          description={t('web:fields.displayNameHelp')}
          required
          autoComplete="nickname"
          value={values.displayName}
          onChange={(e) => set('displayName')(e.currentTarget.value)}
          error={error('displayName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CategorySelect
            label={t('web:fields.category')}
            categories={isOfficial ? ['official'] : PARTICIPANT_CATEGORIES}
            disabled={isOfficial}
            required
            value={values.category}
            onChange={set('category')}
            error={error('category')}
          />
          <CountrySelect
            label={t('web:fields.country')}
            required
            value={values.country}
            onChange={set('country')}
            error={error('country')}
          />
        </SimpleGrid>
        {values.category === 'diaspora' && (
          <TextInput
            label={t('web:fields.originTerritory')}
            description={t('web:fields.originTerritoryHelp')}
            value={values.originTerritory}
            onChange={(e) => set('originTerritory')(e.currentTarget.value)}
            error={error('originTerritory')}
          />
        )}
        <NativeSelect
          label={t('web:fields.preferredLanguage')}
          value={values.preferredLanguage}
          onChange={(e) => set('preferredLanguage')(e.currentTarget.value as Language)}
          error={error('preferredLanguage')}
          data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        />
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
