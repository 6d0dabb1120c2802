import { Card, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PublicText } from '@polyphony/contracts';
import { currentLanguage } from '../../app/i18n';
import { dateTimeFormat } from '../../app/territory-time';

/** An admin-written text in the reader's language (the default one, said so, when missing). Its HTML is sanitised by the API. */
export function PublicTextView({ text }: { text: PublicText }) {
  const { t } = useTranslation('settings');
  const lang = currentLanguage();
  const [shownLang, html] = text.html[lang] ? [lang, text.html[lang]] : (Object.entries(text.html).find(([, h]) => h) ?? [lang, '']);
  return (
    <Card maw={820} padding="xl">
      {shownLang !== lang && (
        <Text size="sm" c="dimmed" mb="md">
          {t('texts.otherLanguage')}
        </Text>
      )}
      <Typography lang={shownLang}>
        <div dangerouslySetInnerHTML={{ __html: html ?? '' }} />
      </Typography>
      <Text size="sm" c="dimmed" mt="lg">
        {t('texts.version', { version: text.version, date: dateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(text.updatedAt)) })}
      </Text>
    </Card>
  );
}
