import { useState } from 'react';
import { Alert, Card, Code, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAccountSettings, useMailStatus, useOutbox, useSaveAccountSettings } from './useAdminMail';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { AdminTabs } from './AdminTabs';
import { Forbidden } from './Forbidden';
import { LoadMore } from '../../shared/LoadMore';

function AccountSettingsCard() {
  const { t } = useTranslation('accounts');
  const settings = useAccountSettings();
  const save = useSaveAccountSettings();
  const saved = () => notifications.show({ color: 'civic', message: t('admin.settings.saved') });
  return (
    <Card component="section" aria-labelledby="account-settings-title">
      <Title order={2} size="h4" id="account-settings-title" mb="sm">
        {t('admin.settings.title')}
      </Title>
      <ErrorAlert error={settings.error ?? save.error} />
      {settings.data && (
        <Switch
          checked={settings.data.unverifiedMayContribute}
          onChange={(e) => save.mutate({ unverifiedMayContribute: e.currentTarget.checked }, { onSuccess: saved })}
          label={t('admin.settings.unverifiedMayContribute')}
          description={t('admin.settings.unverifiedHelp')}
          disabled={save.isPending}
        />
      )}
    </Card>
  );
}

function Outbox() {
  const { t, i18n } = useTranslation('accounts');
  const [to, setTo] = useState('');
  const [debounced] = useDebouncedValue(to.trim(), 300);
  const status = useMailStatus();
  const mails = useOutbox(debounced);
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  const items = mails.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('admin.outbox.title')} lead={status.data?.smtpConfigured ? t('admin.outbox.smtp') : t('admin.outbox.lead')} />
      <AdminTabs />
      <Stack gap="lg">
        {status.data && !status.data.smtpConfigured && status.data.production && (
          <Alert color="ochre" variant="light" role="alert">
            {t('admin.outbox.productionWarning')}
          </Alert>
        )}
        <AccountSettingsCard />
        <TextInput label={t('admin.outbox.filter')} type="search" value={to} onChange={(e) => setTo(e.currentTarget.value)} maw={420} />
        <ErrorAlert error={mails.error ?? status.error} />
        {mails.isPending && <PageLoader />}
        {mails.isSuccess && items.length === 0 && <Text c="dimmed">{t('admin.outbox.empty')}</Text>}
        {items.map((mail) => (
          <Card key={mail.id} component="article" aria-label={mail.subject} padding="md">
            <Group justify="space-between" gap="xs" mb="xs">
              <Title order={3} size="h5">
                {mail.subject}
              </Title>
              <Text size="sm" c="dimmed">
                {date.format(new Date(mail.createdAt))}
              </Text>
            </Group>
            <Text size="sm" mb="xs">
              {t('admin.outbox.to')}: {mail.to}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {mail.text}
            </Code>
          </Card>
        ))}
        <LoadMore query={mails}>{t('admin.outbox.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}

function Gate() {
  return useMe().data?.role === 'admin' ? <Outbox /> : <Forbidden />;
}

export function OutboxPage() {
  return (
    <RequireAuth>
      <Gate />
    </RequireAuth>
  );
}
