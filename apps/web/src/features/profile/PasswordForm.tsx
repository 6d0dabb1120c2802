import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, type ChangePasswordRequest } from '@polyphony/contracts';
import { api, fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: ChangePasswordRequest) => api<void>('/api/me/password', { method: 'POST', body }),
    onSuccess: () => {
      setValues(EMPTY);
      notifications.show({ color: 'civic', message: t('profile.password.changed') });
    },
  });
  const errors = fieldErrors(change.error);
  const toggle = { 'aria-label': t('fields.togglePassword') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = values.newPassword !== values.confirm;
    setMismatch(differs);
    if (!differs) change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  };
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={change.error} />
        <PasswordInput
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          {...field('currentPassword')}
          error={errors.currentPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('profile.password.new')}
          description={t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...field('newPassword')}
          error={errors.newPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          required
          {...field('confirm')}
          error={mismatch ? t('profile.password.mismatch') : undefined}
          visibilityToggleButtonProps={toggle}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="outline" loading={change.isPending}>
            {t('profile.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
