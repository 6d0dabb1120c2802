import { Alert, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTranslationHealth } from './useTranslationHealth';

/** Says on the admin pages when machine translation is off, and how to install it (from GET /api/health). */
export function TranslationStatus() {
  const { t } = useTranslation('translation');
  const health = useTranslationHealth();
  const status = health.data?.translation;
  if (!status || status.available) return null;
  return (
    <Alert color="orange" variant="light" title={t('admin.offTitle')} data-testid="translation-off">
      <Text size="sm">{t('admin.offBody', { engine: status.engine })}</Text>
      {status.reason && <Text size="sm">{status.reason}</Text>}
      <Text size="sm" mt="xs">
        {t('admin.install')}
      </Text>
      <Code block>
        {status.install ?? 'apt-get install apertium apertium-spa-cat apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat'}
      </Code>
    </Alert>
  );
}
