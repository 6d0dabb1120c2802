import type { FormEvent } from 'react';
import { Alert, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormValues } from '../../shared/useFormValues';
import { useChangeEmail, useResendVerification } from './useAccountLinks';

/** The address, whether it is confirmed (with a link sent again on request), and a change confirmed at the new one. */
export function EmailSettings({ me }: { me: Me }) {
  const { t } = useTranslation(['accounts', 'web']);
  const { values, set, setValues } = useFormValues({ newEmail: '', password: '' });
  const resend = useResendVerification();
  const change = useChangeEmail();
  const errors = fieldErrors(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(values, { onSuccess: () => setValues({ newEmail: '', password: '' }) });
  };
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text>{t('emailChange.current', { email: me.email })}</Text>
        <Badge color={me.emailVerified ? 'civic' : 'ochre'} variant="light">
          {me.emailVerified ? t('emailChange.verified') : t('emailChange.unverified')}
        </Badge>
      </Group>
      {!me.emailVerified && (
        <Alert color="ochre" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('verify.banner', { email: me.email })}</Text>
            {resend.isSuccess ? (
              <Text size="sm" role="status">
                {t('verify.resent')}
              </Text>
            ) : (
              <Button size="xs" variant="outline" onClick={() => resend.mutate()} loading={resend.isPending}>
                {t('verify.resend')}
              </Button>
            )}
            <ErrorAlert error={resend.error} />
          </Stack>
        </Alert>
      )}
      {me.pendingEmail && (
        <Alert color="civic" variant="light" role="status">
          {t('emailChange.sent', { email: me.pendingEmail })}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={change.error} />
          <TextInput
            label={t('emailChange.newEmail')}
            type="email"
            autoComplete="email"
            required
            value={values.newEmail}
            onChange={(e) => set('newEmail')(e.currentTarget.value)}
            error={errors.newEmail}
          />
          <PasswordInput
            label={t('emailChange.password')}
            autoComplete="current-password"
            required
            value={values.password}
            onChange={(e) => set('password')(e.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ 'aria-label': t('web:fields.togglePassword') }}
          />
          <Button type="submit" variant="outline" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('emailChange.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
