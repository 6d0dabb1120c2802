import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changePasswordFormSchema, PASSWORD_MIN_LENGTH } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { focusFirstInvalid, useSchemaForm } from '../../shared/useSchemaForm';
import { useChangePassword } from './useProfile';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const { form, showServerErrors, generalError } = useSchemaForm(changePasswordFormSchema, EMPTY);
  const change = useChangePassword();
  const changed = () => {
    form.setValues(EMPTY);
    form.resetDirty(EMPTY);
    notifications.show({ color: 'civic', message: t('profile.password.changed') });
  };
  const toggle = { 'aria-label': t('fields.togglePassword') };
  // The confirmation's one problem is a mismatch, said in the words of this form.
  const confirm = form.getInputProps('confirm');

  return (
    <form
      onSubmit={form.onSubmit(
        ({ currentPassword, newPassword }) =>
          change.mutate({ currentPassword, newPassword }, { onSuccess: changed, onError: showServerErrors }),
        focusFirstInvalid,
      )}
      noValidate
    >
      <Stack gap="md">
        <ErrorAlert error={generalError(change.error)} />
        <PasswordInput
          label={t('profile.password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('profile.password.new')}
          description={t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          required
          {...confirm}
          error={confirm.error ? t('profile.password.mismatch') : undefined}
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
