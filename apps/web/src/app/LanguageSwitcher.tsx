import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@polyphony/contracts';
import { LANGUAGE_NAMES, currentLanguage, isLanguage, storeLanguage } from './i18n';
import { rememberPendingChoice, savePreferredLanguage } from './preferred-language';
import { useMe } from '../features/auth/useMe';
import { useInstance } from '../features/settings/useInstance';

/**
 * Language choice, on every page. For a signed-in user it also becomes their preferred language.
 * Compact (phones): the language codes, so the header keeps room for the menu button.
 */
export function LanguageSwitcher({ id = 'language-switcher', compact = false }: { id?: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  // Only the languages the territory offers (all four before setup).
  const offered = useInstance().data?.territory?.languages ?? LANGUAGES;
  const queryClient = useQueryClient();

  const change = (value: string) => {
    if (!isLanguage(value) || value === currentLanguage()) return;
    storeLanguage(value);
    void i18n.changeLanguage(value);
    if (me.data) void savePreferredLanguage(queryClient, value);
    else if (me.isPending) rememberPendingChoice(value);
  };

  return (
    <NativeSelect
      id={id}
      aria-label={t('language.label')}
      title={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => change(event.currentTarget.value)}
      leftSection={compact ? undefined : <IconLanguage size={18} aria-hidden />}
      data={LANGUAGES.filter((lang) => offered.includes(lang)).map((lang) => ({
        value: lang,
        label: compact ? lang.toUpperCase() : LANGUAGE_NAMES[lang],
      }))}
      size="sm"
      w={compact ? 72 : 140}
    />
  );
}
