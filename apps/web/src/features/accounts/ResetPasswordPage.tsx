import type { FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../app/api-client';
import { useResetPassword } from './useAccountLinks';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { useFormValues } from '../../shared/useFormValues';

/** The page a reset link opens: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['accounts', 'web']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { values, set } = useFormValues({ password: '' });
  const reset = useResetPassword();
  const errors = fieldErrors(reset.error);
  const invalid = !token || (reset.error instanceof ApiError && reset.error.code === 'auth.token_invalid');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ token, password: values.password });
  };
  return (
    <FormCard title={t('reset.title')} lead={reset.isSuccess ? undefined : t('reset.lead')}>
      {reset.isSuccess ? (
        <Stack gap="md">
          <Alert color="civic" variant="light" role="status">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('web:auth.login.submit')}
          </Button>
        </Stack>
      ) : invalid ? (
        <Stack gap="md">
          <Alert color="ochre" variant="light" role="alert">
            {t('reset.invalid')}
          </Alert>
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">
              {t('reset.again')}
            </Anchor>
          </Text>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={reset.error} />
            <PasswordInput
              label={t('reset.password')}
              autoComplete="new-password"
              required
              value={values.password}
              onChange={(e) => set('password')(e.currentTarget.value)}
              error={errors.password}
              visibilityToggleButtonProps={{ 'aria-label': t('web:fields.togglePassword') }}
            />
            <Button type="submit" size="md" loading={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </FormCard>
  );
}
