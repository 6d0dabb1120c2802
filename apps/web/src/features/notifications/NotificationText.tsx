import { useTranslation } from 'react-i18next';
import type { Notification } from '@polyphony/contracts';

/** The sentence of a notification, in the reader's language, from its kind and params. */
export function NotificationText({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation('proposals');
  return <>{t(`notifications.kinds.${n.kind}`, { ...n.params, interpolation: { escapeValue: false } })}</>;
}
