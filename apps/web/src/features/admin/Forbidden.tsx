import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.forbidden.title')} />
      <Alert color="ochre" variant="light" icon={<IconLock aria-hidden />}>
        {t('admin.forbidden.text')}
      </Alert>
    </>
  );
}
