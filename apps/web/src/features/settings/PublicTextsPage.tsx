import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_TEXT_KINDS,
  LANGUAGES,
  PUBLIC_TEXT_KINDS,
  PUBLIC_TEXT_LIMITS,
  type Language,
  type PublicTextKind,
} from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage, LANGUAGE_NAMES } from '../../app/i18n';
import { dateTimeFormat } from '../../app/territory-time';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { useInstance } from './useInstance';
import { usePublicTexts, useSavePublicText } from './usePublicTexts';

function TextEditor({ kind, languages }: { kind: PublicTextKind; languages: Language[] }) {
  const { t } = useTranslation('settings');
  const current = usePublicTexts().data?.[kind];
  const save = useSavePublicText();
  const [body, setBody] = useState<Partial<Record<Language, string>>>(current?.body ?? {});
  useEffect(() => setBody(current?.body ?? {}), [current]);
  const errors = fieldErrors(save.error);
  const Field = kind === 'home_headline' ? TextInput : Textarea;
  return (
    <Stack
      gap="md"
      mt="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { kind, body },
          { onSuccess: (v) => notifications.show({ color: 'teal', message: t('textsPage.saved', { version: v.version }) }) },
        );
      }}
    >
      <Text c="dimmed">{t(`textsPage.help.${kind}`)}</Text>
      {CONSENT_TEXT_KINDS.includes(kind) && (
        <Alert color="orange" variant="light">
          {t('textsPage.consentWarning')}
        </Alert>
      )}
      <Text size="sm">
        {current
          ? t('textsPage.version', {
              version: current.version,
              date: dateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(current.updatedAt)),
            })
          : t('textsPage.builtIn')}
      </Text>
      {languages.map((lang) => (
        <Field
          key={lang}
          label={t('textsPage.in', { language: LANGUAGE_NAMES[lang] })}
          value={body[lang] ?? ''}
          onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setBody({ ...body, [lang]: e.currentTarget.value })}
          maxLength={PUBLIC_TEXT_LIMITS[kind]}
          error={errors[`body.${lang}`]}
          {...(kind === 'home_headline' ? {} : { autosize: true, minRows: kind === 'home_intro' ? 3 : 8, maxRows: 24 })}
        />
      ))}
      <ErrorAlert error={save.error} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('textsPage.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function Texts() {
  const { t } = useTranslation('settings');
  const me = useMe().data!;
  const texts = usePublicTexts();
  const languages = useInstance().data?.territory?.languages ?? [...LANGUAGES];
  if (me.role !== 'admin') return <Alert color="civic">{t('settingsPage.adminsOnly')}</Alert>;
  return (
    <>
      <PageHeader title={t('textsPage.title')} lead={t('textsPage.lead')} />
      {texts.isPending ? (
        <PageLoader />
      ) : (
        <Card padding="xl">
          <Tabs defaultValue="home_headline" keepMounted={false}>
            <Tabs.List>
              {PUBLIC_TEXT_KINDS.map((k) => (
                <Tabs.Tab key={k} value={k}>
                  {t(`textsPage.kinds.${k}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {PUBLIC_TEXT_KINDS.map((k) => (
              <Tabs.Panel key={k} value={k}>
                <TextEditor kind={k} languages={languages} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Card>
      )}
    </>
  );
}

/** Home headline and introduction, about page, privacy notice and terms, per language and versioned (admins). */
export function PublicTextsPage() {
  return (
    <RequireAuth>
      <Texts />
    </RequireAuth>
  );
}
