import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';
import { storeLanguage } from './i18n';
import { savePreferredLanguage, takePendingChoice } from './preferred-language';

/** Once the signed-in user is known, their preferred language wins over the stored or browser one. */
export function useLanguageSync() {
  const { i18n } = useTranslation();
  const me = useMe();
  const preferred = me.data?.preferredLanguage;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!preferred) return;
    const chosen = takePendingChoice();
    if (chosen && chosen !== preferred) {
      // Picked while the user was still loading: that choice is the newer one.
      void savePreferredLanguage(queryClient, chosen);
      return;
    }
    if (preferred !== i18n.resolvedLanguage) {
      storeLanguage(preferred);
      void i18n.changeLanguage(preferred);
    }
    // Only when the user or their preference changes, not on every language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me.data?.id, preferred]);
}
