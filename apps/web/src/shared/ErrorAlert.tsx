import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';

/** The server's (already localised) message in an alert; nothing when there is no error. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('errors.unexpected');
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('errors.title')} icon={<IconAlertTriangle aria-hidden />}>
      {message}
    </Alert>
  );
}
