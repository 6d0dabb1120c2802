import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { useForgotPassword } from './useAccountLinks';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { useFormValues } from '../../shared/useFormValues';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['accounts', 'web']);
  const { values, set } = useFormValues({ email: '' });
  const send = useForgotPassword();
  const errors = fieldErrors(send.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(values);
  };
  return (
    <FormCard
      title={t('forgot.title')}
      lead={t('forgot.lead')}
      footer={
        <Text size="sm">
          <Anchor component={Link} to="/login">
            {t('web:auth.register.loginLink')}
          </Anchor>
        </Text>
      }
    >
      {send.isSuccess ? (
        <Alert color="civic" variant="light" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={send.error} />
            <TextInput
              label={t('web:fields.email')}
              type="email"
              autoComplete="email"
              required
              value={values.email}
              onChange={(e) => set('email')(e.currentTarget.value)}
              error={errors.email}
            />
            <Button type="submit" size="md" loading={send.isPending}>
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </FormCard>
  );
}
