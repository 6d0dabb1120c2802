import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { PublicTextView } from './PublicTextView';
import { usePublicTexts } from './usePublicTexts';

/** The about page the admins write (settings, public texts). */
export function AboutPage() {
  const { t } = useTranslation('settings');
  const texts = usePublicTexts();
  return (
    <>
      <PageHeader title={t('texts.about')} />
      {texts.isPending ? (
        <PageLoader />
      ) : texts.data?.about ? (
        <PublicTextView text={texts.data.about} />
      ) : (
        <Alert color="civic">{t('texts.notWritten')}</Alert>
      )}
    </>
  );
}

/** The terms of use registration asks consent to. */
export function TermsPage() {
  const { t } = useTranslation('settings');
  const texts = usePublicTexts();
  return (
    <>
      <PageHeader title={t('texts.terms')} />
      {texts.isPending ? (
        <PageLoader />
      ) : texts.data?.terms ? (
        <PublicTextView text={texts.data.terms} />
      ) : (
        <Alert color="civic">{t('texts.notWritten')}</Alert>
      )}
    </>
  );
}
