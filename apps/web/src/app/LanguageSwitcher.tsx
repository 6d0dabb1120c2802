import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Me } from '@polyphony/contracts';
import { LANGUAGE_NAMES, currentLanguage, isLanguage, storeLanguage } from './i18n';
import { api } from './api-client';
import { ME_KEY, useMe } from '../features/auth/useMe';

/** Language choice, on every page. For a signed-in user it also becomes their preferred language. */
export function LanguageSwitcher({ id = 'language-switcher' }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();

  const change = (value: string) => {
    if (!isLanguage(value) || value === currentLanguage()) return;
    storeLanguage(value);
    void i18n.changeLanguage(value);
    if (me.data) {
      // An in-flight /api/me read (sent before this change) would bring the old preference
      // back and useLanguageSync would switch the page back: cancel it, then update.
      void queryClient.cancelQueries({ queryKey: ME_KEY }).then(() => {
        queryClient.setQueryData<Me | null>(ME_KEY, (old) => (old ? { ...old, preferredLanguage: value } : old));
        return api<Me>('/api/me', { method: 'PATCH', body: { preferredLanguage: value } })
          .then((updated) => queryClient.setQueryData(ME_KEY, updated))
          .catch(() => undefined);
      });
    }
  };

  return (
    <NativeSelect
      id={id}
      aria-label={t('language.label')}
      title={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => change(event.currentTarget.value)}
      leftSection={<IconLanguage size={18} aria-hidden />}
      data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
      size="sm"
      w={140}
    />
  );
}
