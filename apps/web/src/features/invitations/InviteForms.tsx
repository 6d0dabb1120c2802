import { useState, type FormEvent } from 'react';
import { Alert, Button, FileInput, List, NativeSelect, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, STAKEHOLDER_CATEGORIES, type InvitationsCreated, type Language } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { CountrySelect } from '../../shared/CountrySelect';
import { useFormValues } from '../../shared/useFormValues';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { useInvite, type TargetChoice } from './useInvitations';

const CATEGORIES = STAKEHOLDER_CATEGORIES.filter((c) => c !== 'official');

function Result({ result }: { result: InvitationsCreated }) {
  const { t } = useTranslation('accounts');
  return (
    <Stack gap="xs" role="status">
      <Alert color="civic" variant="light">
        {t('invitations.created', { count: result.created.length })}
      </Alert>
      {result.errors.length > 0 && (
        <Alert color="ochre" variant="light" title={t('invitations.skipped', { count: new Set(result.errors.map((e) => e.line)).size })}>
          <List size="sm">
            {result.errors.map((e) => (
              <List.Item key={`${e.line}-${e.field}`}>{t('invitations.lineError', { ...e })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** Invite one person, or everyone in a CSV file, to the chosen place. */
export function InviteForms({ target, ready }: { target: TargetChoice; ready: boolean }) {
  const { t } = useTranslation(['accounts', 'web']);
  const { one, csv } = useInvite();
  const { values, set, setValues } = useFormValues({
    name: '',
    email: '',
    organisation: '',
    category: 'civil_society',
    country: '',
    language: 'fr' as Language,
  });
  const [file, setFile] = useState<File | null>(null);
  const errors = fieldErrors(one.error);
  const field = (key: string) => errors[`invitees.0.${key}`] ?? errors[key];

  const submitOne = (event: FormEvent) => {
    event.preventDefault();
    one.mutate(
      { ...target, invitees: [{ ...values, organisation: values.organisation || null, category: values.category as never }] },
      { onSuccess: (r) => r.created.length && setValues((v) => ({ ...v, name: '', email: '', organisation: '' })) },
    );
  };
  const submitCsv = async (event: FormEvent) => {
    event.preventDefault();
    if (file) csv.mutate({ ...target, csv: await file.text() });
  };

  return (
    <Tabs defaultValue="one" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="one">{t('invitations.one')}</Tabs.Tab>
        <Tabs.Tab value="csv">{t('invitations.csv')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="one">
        <form onSubmit={submitOne} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={one.error} />
            {one.data && <Result result={one.data} />}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('invitations.fields.name')}
                required
                value={values.name}
                onChange={(e) => set('name')(e.currentTarget.value)}
                error={field('name')}
              />
              <TextInput
                label={t('invitations.fields.email')}
                type="email"
                required
                value={values.email}
                onChange={(e) => set('email')(e.currentTarget.value)}
                error={field('email')}
              />
              <TextInput
                label={t('invitations.fields.organisation')}
                value={values.organisation}
                onChange={(e) => set('organisation')(e.currentTarget.value)}
                error={field('organisation')}
              />
              <NativeSelect
                label={t('invitations.fields.category')}
                value={values.category}
                onChange={(e) => set('category')(e.currentTarget.value)}
                data={CATEGORIES.map((c) => ({ value: c, label: t(`web:categories.${c}`) }))}
              />
              <CountrySelect
                label={t('invitations.fields.country')}
                value={values.country}
                onChange={set('country')}
                error={field('country')}
                required
              />
              <NativeSelect
                label={t('invitations.fields.language')}
                value={values.language}
                onChange={(e) => set('language')(e.currentTarget.value as Language)}
                data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              />
            </SimpleGrid>
            <Button type="submit" loading={one.isPending} disabled={!ready} style={{ alignSelf: 'flex-start' }}>
              {t('invitations.submit')}
            </Button>
          </Stack>
        </form>
      </Tabs.Panel>
      <Tabs.Panel value="csv">
        <form onSubmit={submitCsv} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('invitations.csvHelp', { categories: CATEGORIES.join(', ') })}</Text>
            <ErrorAlert error={csv.error} />
            {csv.data && <Result result={csv.data} />}
            <FileInput label={t('invitations.csvFile')} accept=".csv,text/csv" value={file} onChange={setFile} clearable required />
            <Button type="submit" loading={csv.isPending} disabled={!file || !ready} style={{ alignSelf: 'flex-start' }}>
              {t('invitations.csvSubmit')}
            </Button>
          </Stack>
        </form>
      </Tabs.Panel>
    </Tabs>
  );
}
