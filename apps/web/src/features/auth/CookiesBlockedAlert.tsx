import { Alert } from '@mantine/core';
import { IconCookieOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Said before anyone tries to sign in when the browser refuses this site's cookies (signing in
 * would otherwise fail with no reason); the server's `cookies_missing` answer covers the cases
 * the page cannot see (Secure cookies on a plain-http page).
 */
export function CookiesBlockedAlert() {
  const { t } = useTranslation();
  if (navigator.cookieEnabled) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('auth.cookiesBlocked.title')} icon={<IconCookieOff aria-hidden />}>
      {t('auth.cookiesBlocked.text')}
    </Alert>
  );
}
