import { useState } from 'react';
import { Alert, Button, Card, Group, List, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { type Language, type SetupRequest } from '@polyphony/contracts';
import { ApiError, fieldErrors } from '../../app/api-client';
import { currentLanguage, LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useFormValues } from '../../shared/useFormValues';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { IdentityFields, LanguageFields, LogoField, MunicipalitiesField, PlaceFields } from './TerritoryFields';
import { StrategicLinesField, type LineDraft } from './StrategicLinesField';
import { colourReadable, emptyTerritoryForm, settingsRequest } from './territoryForm';
import { useInstance } from './useInstance';
import { useSetup } from './useSettings';

/** Which step holds a field, to go back to the first one at fault. */
const STEP_OF: [RegExp, number][] = [
  [/^(languages|defaultLanguage|kind|country|timeZone)/, 0],
  [/^(name|description|contactEmail|primaryColor|logo)/, 1],
  [/^municipalities/, 2],
  [/^strategicLines/, 3],
];

function Wizard({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation('settings');
  const { setup, refresh } = useSetup();
  const { values, set } = useFormValues(emptyTerritoryForm(currentLanguage()));
  const [lines, setLines] = useState<LineDraft[]>([{}]);
  const [logo, setLogo] = useState<File | null>(null);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const stepReady = [
    Boolean(values.country && values.timeZone && values.languages.length),
    Boolean(values.name[values.defaultLanguage]?.trim()) && colourReadable(values.primaryColor),
    true,
    lines.every((l) => l[values.defaultLanguage]?.trim()),
  ];

  const finish = async () => {
    setBusy(true);
    setError(null);
    try {
      const body: SetupRequest = {
        ...settingsRequest(values),
        strategicLines: lines.map((l) => ({
          label: Object.fromEntries(values.languages.filter((lang) => l[lang]?.trim()).map((lang) => [lang, l[lang]!.trim()])),
        })),
      };
      const { logoError } = await setup.mutateAsync({ body, logo });
      // The territory exists: a logo that failed can be fixed on the settings page.
      if (logoError)
        notifications.show({ color: 'orange', message: logoError instanceof ApiError ? logoError.message : t('wizard.logoLater') });
      // Once the instance reads as set up, the page goes home (not to the settings, as a later visit would).
      onFinished();
      await refresh();
      notifications.show({ color: 'teal', message: t('wizard.done') });
    } catch (e) {
      setError(e);
      const first = e instanceof ApiError ? e.fields[0]?.path : undefined;
      const target = first ? STEP_OF.find(([re]) => re.test(first))?.[1] : undefined;
      if (target !== undefined) setStep(target);
    } finally {
      setBusy(false);
    }
  };

  const nav = (
    <Group justify="space-between" mt="xl">
      <Button variant="default" onClick={() => setStep((s) => s - 1)} disabled={step === 0}>
        {t('wizard.back')}
      </Button>
      {step < 4 ? (
        <Button onClick={() => setStep((s) => s + 1)} disabled={!stepReady[step]}>
          {t('wizard.next')}
        </Button>
      ) : (
        <Button onClick={() => void finish()} loading={busy}>
          {t('wizard.finish')}
        </Button>
      )}
    </Group>
  );

  const name = values.name[values.defaultLanguage] ?? '';
  return (
    <>
      <PageHeader title={t('wizard.title')} lead={t('wizard.lead')} />
      <Card padding="xl" maw={860}>
        <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('wizard.steps.place')}>
            <Stack gap="lg" mt="lg">
              <LanguageFields values={values} set={set} errors={errors} />
              <PlaceFields values={values} set={set} errors={errors} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('wizard.steps.identity')}>
            <Stack gap="lg" mt="lg">
              <IdentityFields values={values} set={set} errors={errors} />
              <LogoField file={logo} onFile={setLogo} error={errors.logo} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('wizard.steps.municipalities')}>
            <Stack mt="lg">
              <MunicipalitiesField value={values.municipalities} onChange={set('municipalities')} error={errors.municipalities} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('wizard.steps.lines')}>
            <Stack mt="lg">
              <StrategicLinesField
                lines={lines}
                onChange={setLines}
                languages={values.languages}
                defaultLanguage={values.defaultLanguage as Language}
                errors={errors}
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Completed>
            <Stack gap="sm" mt="lg">
              <Text fw={600}>{t('wizard.review')}</Text>
              <List spacing={4}>
                <List.Item>{t('wizard.summary.name', { name })}</List.Item>
                <List.Item>
                  {t('wizard.summary.languages', { languages: values.languages.map((l) => LANGUAGE_NAMES[l]).join(', ') })}
                </List.Item>
                <List.Item>{t('wizard.summary.timeZone', { zone: values.timeZone })}</List.Item>
                <List.Item>{t('wizard.summary.municipalities', { count: values.municipalities.length })}</List.Item>
                <List.Item>{t('wizard.summary.lines', { count: lines.length })}</List.Item>
              </List>
              <ErrorAlert error={error} />
            </Stack>
          </Stepper.Completed>
        </Stepper>
        {step < 4 && error ? <ErrorAlert error={error} /> : null}
        {nav}
      </Card>
    </>
  );
}

/** First run: only an admin sets the territory up, once; afterwards the settings page takes over. */
export function SetupWizardPage() {
  const { t } = useTranslation('settings');
  const me = useMe();
  const instance = useInstance();
  const [finished, setFinished] = useState(false);
  if (instance.isPending || me.isPending) return <PageLoader />;
  if (instance.data && !instance.data.setupRequired)
    return <Navigate to={me.data?.role === 'admin' && !finished ? '/admin/settings' : '/'} replace />;
  return (
    <RequireAuth>
      {me.data?.role === 'admin' ? (
        <Wizard onFinished={() => setFinished(true)} />
      ) : (
        <Alert color="civic" variant="light" title={t('pending.title')} maw={640} mx="auto">
          {t('wizard.adminsOnly')}
        </Alert>
      )}
    </RequireAuth>
  );
}
