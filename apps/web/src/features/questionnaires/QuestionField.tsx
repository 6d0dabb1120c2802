import { Anchor, Box, Checkbox, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_LIMITS, type AnswerValue, type Language, type Question } from '@polyphony/contracts';
import { useCountryOptions } from '../../shared/useCountryOptions';
import { RankingInput } from './RankingInput';
import { markOf, usePick } from './usePick';
import { LocalizedMark } from '../../shared/localized';

interface QuestionFieldProps {
  question: Question;
  number: number;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string;
  disabled?: boolean;
  lang?: Language;
}

/** One question as an accessible fieldset: its legend is the prompt, its error is announced and linked. */
export function QuestionField({ question: q, number, value, onChange, error, disabled, lang }: QuestionFieldProps) {
  const { t } = useTranslation('questionnaires');
  const pick = usePick(lang);
  const countries = useCountryOptions();
  const prompt = pick(q.prompt);
  const help = pick(q.help);
  const id = `q-${q.id}`;
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const described = [help.text ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const labels = q.options.map((o) => ({ key: o.key, label: pick(o.label) }));
  const options = labels.map((o) => ({ key: o.key, label: o.label.text }));
  // The prompt, help and options are translated together: one mark for the question.
  const mark = markOf(prompt, help, ...labels.map((o) => o.label));
  const str = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];

  let input;
  switch (q.type) {
    case 'single_choice':
      input = (
        <Radio.Group value={str} onChange={onChange} aria-describedby={described}>
          <Stack gap={8} mt={4}>
            {options.map((o) => (
              <Radio key={o.key} value={o.key} label={o.label} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case 'multiple_choice':
      input = (
        <Checkbox.Group value={list} onChange={(keys) => onChange(keys)} aria-describedby={described}>
          <Stack gap={8} mt={4}>
            {q.maxChoices && (
              <Text size="sm" c="dimmed">
                {t('answer.maxChoices', { max: q.maxChoices })}
              </Text>
            )}
            {options.map((o) => (
              <Checkbox
                key={o.key}
                value={o.key}
                label={o.label}
                disabled={disabled || (!!q.maxChoices && list.length >= q.maxChoices && !list.includes(o.key))}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    case 'scale': {
      const { min, max } = q.scale ?? { min: 1, max: 5 };
      const values = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
      input = (
        <Radio.Group
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(v) => onChange(Number(v))}
          aria-describedby={described}
        >
          <Group gap="md" mt={4} align="flex-end" wrap="wrap">
            {q.scale?.minLabel && (
              <Text size="sm" c="dimmed">
                {pick(q.scale.minLabel).text}
              </Text>
            )}
            {values.map((v) => (
              <Radio
                key={v}
                value={v}
                label={v}
                disabled={disabled}
                styles={{
                  body: { flexDirection: 'column', alignItems: 'center', gap: 4 },
                  labelWrapper: { paddingInlineStart: 0 },
                  label: { paddingInlineStart: 0 },
                }}
              />
            ))}
            {q.scale?.maxLabel && (
              <Text size="sm" c="dimmed">
                {pick(q.scale.maxLabel).text}
              </Text>
            )}
          </Group>
        </Radio.Group>
      );
      break;
    }
    case 'ranking':
      input = <RankingInput options={options} value={list.length ? list : null} onChange={onChange} disabled={disabled} />;
      break;
    case 'short_text':
      input = (
        <TextInput
          aria-labelledby={`${id}-legend`}
          aria-describedby={described}
          value={str}
          maxLength={QUESTIONNAIRE_LIMITS.shortText}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={Boolean(error)}
        />
      );
      break;
    case 'long_text':
      input = (
        <Textarea
          aria-labelledby={`${id}-legend`}
          aria-describedby={described}
          value={str}
          autosize
          minRows={4}
          maxLength={QUESTIONNAIRE_LIMITS.longText}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={Boolean(error)}
        />
      );
      break;
    case 'country':
      input = (
        <NativeSelect
          aria-labelledby={`${id}-legend`}
          aria-describedby={described}
          value={str}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value || null)}
          data={[{ value: '', label: t('answer.countryPlaceholder') }, ...countries]}
          error={Boolean(error)}
        />
      );
      break;
  }
  const blank = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

  return (
    <Box
      component="fieldset"
      id={id}
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      style={{
        border: `1px solid var(--mantine-color-${error ? 'red-7' : 'gray-3'})`,
        borderRadius: 8,
        padding: 'var(--mantine-spacing-md)',
        margin: 0,
      }}
    >
      <legend id={`${id}-legend`} style={{ fontWeight: 600, padding: '0 6px' }} lang={prompt.lang}>
        {number}. {prompt.text}
        {q.required && (
          <Text span c="red.9" fw={500} ml={6}>
            ({t('answer.required')})
          </Text>
        )}
      </legend>
      <Stack gap="xs">
        {mark && <LocalizedMark value={mark} />}
        {help.text && (
          <Text id={helpId} size="sm" c="dimmed" lang={help.lang}>
            {help.text}
          </Text>
        )}
        {q.type === 'country' ? <Box style={{ maxWidth: 360 }}>{input}</Box> : input}
        {error && (
          <Text id={errorId} c="red.8" size="sm" role="alert">
            {error}
          </Text>
        )}
        {!blank && !disabled && !q.required && q.type !== 'short_text' && q.type !== 'long_text' && (
          <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => onChange(null)}>
            {t('answer.clear')}
          </Anchor>
        )}
      </Stack>
    </Box>
  );
}
