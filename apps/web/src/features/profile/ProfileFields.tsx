import type { ReactNode } from 'react';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { PARTICIPANT_CATEGORIES } from '../../shared/participantCategories';
import type { ProfileFormState } from './useProfileForm';

/** The profile's fields, each with its own error (profile page and first sign-in). `afterName` sits below the name. */
export function ProfileFields({ form, isOfficial, afterName }: { form: ProfileFormState; isOfficial: boolean; afterName?: ReactNode }) {
  const { t } = useTranslation('web');
  const error = (field: string) => form.errors[field] as string | undefined;
  return (
    <>
      <TextInput
        label={t('fields.displayName')}
        description={t('fields.displayNameHelp')}
        required
        autoComplete="nickname"
        {...form.getInputProps('displayName')}
      />
      {afterName}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CategorySelect
          label={t('fields.category')}
          categories={isOfficial ? ['official'] : PARTICIPANT_CATEGORIES}
          disabled={isOfficial}
          required
          value={form.values.category}
          onChange={(category) => form.setFieldValue('category', category)}
          error={error('category')}
        />
        <CountrySelect
          label={t('fields.country')}
          required
          value={form.values.country}
          onChange={(country) => form.setFieldValue('country', country)}
          error={error('country')}
        />
      </SimpleGrid>
      {form.values.category === 'diaspora' && (
        <TextInput
          label={t('fields.originTerritory')}
          description={t('fields.originTerritoryHelp')}
          {...form.getInputProps('originTerritory')}
        />
      )}
      <NativeSelect
        label={t('fields.preferredLanguage')}
        {...form.getInputProps('preferredLanguage')}
        data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
      />
    </>
  );
}
