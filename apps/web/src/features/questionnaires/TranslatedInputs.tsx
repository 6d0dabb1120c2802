import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { Language, TranslatedText } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';

interface TranslatedInputsProps {
  label: string;
  value: TranslatedText;
  onChange: (value: TranslatedText) => void;
  languages: Language[];
  /** Server errors by path; this field's are at `${path}.${lang}`. */
  errors: Record<string, string>;
  path: string;
  multiline?: boolean;
  required?: boolean;
}

/** One input per language of the consultation, side by side, each labelled with its language. */
export function TranslatedInputs({ label, value, onChange, languages, errors, path, multiline, required }: TranslatedInputsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(languages.length, 2) }} spacing="sm">
      {languages.map((lang) => {
        const props = {
          label: `${label} (${LANGUAGE_NAMES[lang]})`,
          lang,
          value: value[lang] ?? '',
          required,
          error: errors[`${path}.${lang}`] ?? (lang === languages[0] ? errors[path] : undefined),
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...value, [lang]: e.currentTarget.value }),
        };
        return multiline ? <Textarea key={lang} autosize minRows={2} {...props} /> : <TextInput key={lang} {...props} />;
      })}
    </SimpleGrid>
  );
}
