import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  ORGANISATION_CATEGORIES,
  type CreateOrganisationRequest,
  type Language,
  type Organisation,
  type OrganisationCategory,
} from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormValues } from '../../shared/useFormValues';

interface OrganisationFormProps {
  initial?: Organisation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateOrganisationRequest) => void;
  onCancel?: () => void;
}

/** Create or edit an organisation: name, category, place, website, description and its language. */
export function OrganisationForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { values, set } = useFormValues({
    name: initial?.name ?? '',
    category: (initial?.category ?? '') as string,
    country: initial?.country ?? '',
    city: initial?.city ?? '',
    website: initial?.website ?? '',
    description: initial?.description ?? '',
    descriptionLanguage: (initial?.descriptionLanguage ?? currentLanguage()) as Language,
  });
  const errors = fieldErrors(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      name: values.name,
      category: values.category as OrganisationCategory,
      country: values.country,
      city: values.city.trim() || null,
      website: values.website.trim() || null,
      description: values.description,
      descriptionLanguage: values.descriptionLanguage,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <TextInput
          label={t('organisations.fields.name')}
          required
          value={values.name}
          autoComplete="organization"
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CategorySelect
            label={t('organisations.fields.category')}
            categories={ORGANISATION_CATEGORIES}
            required
            value={values.category}
            onChange={set('category')}
            error={errors.category}
          />
          <CountrySelect
            label={t('organisations.fields.country')}
            required
            value={values.country}
            onChange={set('country')}
            error={errors.country}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisations.fields.city')}
            value={values.city}
            autoComplete="address-level2"
            onChange={(e) => set('city')(e.currentTarget.value)}
            error={errors.city}
          />
          <TextInput
            label={t('organisations.fields.website')}
            type="url"
            placeholder="https://"
            value={values.website}
            autoComplete="url"
            onChange={(e) => set('website')(e.currentTarget.value)}
            error={errors.website}
          />
        </SimpleGrid>
        <Textarea
          label={t('organisations.fields.description')}
          description={t('organisations.fields.descriptionHelp')}
          autosize
          minRows={4}
          maxRows={12}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={errors.description}
        />
        <NativeSelect
          label={t('organisations.fields.descriptionLanguage')}
          value={values.descriptionLanguage}
          onChange={(e) => set('descriptionLanguage')(e.currentTarget.value as Language)}
          error={errors.descriptionLanguage}
          data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
