import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TerritorySettings } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useFormValues } from '../../shared/useFormValues';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { IdentityFields, LanguageFields, LogoField, MunicipalitiesField, PlaceFields } from './TerritoryFields';
import { colourReadable, formFromSettings, settingsRequest, type TerritoryFormValues } from './territoryForm';
import { useSaveSettings, useSettings } from './useSettings';

function SettingsForm({ settings }: { settings: TerritorySettings }) {
  const { t } = useTranslation('settings');
  const { values, set, setValues } = useFormValues<TerritoryFormValues>(formFromSettings(settings));
  const [logo, setLogo] = useState<File | null>(null);
  useEffect(() => setValues(formFromSettings(settings)), [settings, setValues]);
  const { save, removeLogo } = useSaveSettings();
  const saved = () => {
    setLogo(null);
    notifications.show({ color: 'teal', message: t('settingsPage.saved') });
  };
  const errors = fieldErrors(save.error);
  return (
    <Stack
      gap="lg"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ body: settingsRequest(values), logo }, { onSuccess: saved });
      }}
    >
      <Card padding="xl">
        <Title order={2} fz="xl" mb="md">
          {t('wizard.steps.place')}
        </Title>
        <Stack gap="md">
          <LanguageFields values={values} set={set} errors={errors} />
          <PlaceFields values={values} set={set} errors={errors} />
        </Stack>
      </Card>
      <Card padding="xl">
        <Title order={2} fz="xl" mb="md">
          {t('wizard.steps.identity')}
        </Title>
        <Stack gap="md">
          <IdentityFields values={values} set={set} errors={errors} />
          <LogoField file={logo} onFile={setLogo} currentUrl={settings.logoUrl} error={errors.logo} />
          {settings.logoUrl && (
            <Group>
              <Button variant="subtle" color="red.9" c="red.9" onClick={() => removeLogo.mutate()} loading={removeLogo.isPending}>
                {t('settingsPage.removeLogo')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      <Card padding="xl">
        <Title order={2} fz="xl" mb="md">
          {t('wizard.steps.municipalities')}
        </Title>
        <MunicipalitiesField
          key={settings.municipalities.join('|')}
          value={values.municipalities}
          onChange={set('municipalities')}
          error={errors.municipalities}
        />
      </Card>
      <ErrorAlert error={save.error ?? removeLogo.error} />
      <Group>
        <Button type="submit" loading={save.isPending} disabled={!colourReadable(values.primaryColor)}>
          {t('settingsPage.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function Settings() {
  const { t } = useTranslation('settings');
  const me = useMe().data!;
  const settings = useSettings(me.role === 'admin');
  if (me.role !== 'admin') return <Alert color="civic">{t('settingsPage.adminsOnly')}</Alert>;
  return (
    <>
      <PageHeader
        title={t('settingsPage.title')}
        lead={t('settingsPage.lead')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/admin/taxonomy" variant="light">
              {t('taxonomyPage.title')}
            </Button>
            <Button component={Link} to="/admin/texts" variant="light">
              {t('textsPage.title')}
            </Button>
          </Group>
        }
      />
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </>
  );
}

/** The territory's settings, editable by admins after the first-run setup. */
export function SettingsPage() {
  return (
    <RequireAuth>
      <Settings />
    </RequireAuth>
  );
}
