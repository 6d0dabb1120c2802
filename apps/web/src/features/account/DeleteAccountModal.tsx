import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDeleteAccount } from './useDeleteAccount';

export function DeleteAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const navigate = useNavigate();
  const remove = useDeleteAccount();
  const deleted = () => {
    notifications.show({ color: 'civic', message: t('account.delete.done') });
    navigate('/', { replace: true });
  };
  const apiError = remove.error instanceof ApiError ? remove.error : null;
  const passwordError = apiError?.code === 'auth.wrong_password' ? apiError.message : fieldErrors(remove.error).password;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate(password, { onSuccess: deleted });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={700} fz="lg" component="span">
          {t('account.delete.modalTitle')}
        </Text>
      }
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('account.delete.warningTitle')}>
            {t('account.delete.warning')}
          </Alert>
          <Text size="sm">{t('account.delete.pseudonymised')}</Text>
          <ErrorAlert error={passwordError ? null : remove.error} />
          <PasswordInput
            label={t('account.delete.password')}
            autoComplete="current-password"
            required
            data-autofocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={passwordError}
            visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePassword') }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={remove.isPending}>
              {t('account.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
