import { ActionIcon, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';

export type LineDraft = Partial<Record<Language, string>>;

/** The wizard's first strategic lines: a name in each offered language (the default one required). */
export function StrategicLinesField({
  lines,
  onChange,
  languages,
  defaultLanguage,
  errors,
}: {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  languages: Language[];
  defaultLanguage: Language;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('settings');
  const put = (i: number, lang: Language, value: string) => onChange(lines.map((l, n) => (n === i ? { ...l, [lang]: value } : l)));
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('wizard.linesHelp')}</Text>
      {lines.map((line, i) => (
        <Card key={i} withBorder padding="md" role="group" aria-labelledby={`line-${i}`}>
          <Group justify="space-between" mb="xs">
            <Text fw={600} id={`line-${i}`}>
              {t('wizard.lineN', { n: i + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red.9"
              onClick={() => onChange(lines.filter((_, n) => n !== i))}
              aria-label={t('wizard.removeLine', { n: i + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
          <Stack gap="xs">
            {languages.map((lang) => (
              <TextInput
                key={lang}
                label={t('wizard.lineName', { language: LANGUAGE_NAMES[lang] })}
                required={lang === defaultLanguage}
                value={line[lang] ?? ''}
                onChange={(e) => put(i, lang, e.currentTarget.value)}
                error={errors[`strategicLines.${i}.label.${lang}`]}
                maxLength={200}
              />
            ))}
          </Stack>
        </Card>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => onChange([...lines, {}])}
          disabled={lines.length >= 20}
        >
          {t('wizard.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}
